/**
 * The validate stage: checks the whole model (schemes, requirements, routes) against the OpenAPI
 * rules and Gatehouse's own, reporting every problem at its annotation. The writers run only when
 * nothing was reported as an error.
 */
package dev.gatehouse.processor.validate;
