/**
 * The Gatehouse annotation processor. {@link dev.gatehouse.processor.SecurityProcessor} is the only
 * public type; the stages live in the sub-packages {@code parse}, {@code model}, {@code validate},
 * {@code diag}, {@code write} and {@code openapi}.
 */
package dev.gatehouse.processor;
