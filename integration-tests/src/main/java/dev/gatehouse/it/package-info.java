/**
 * Sample endpoint interfaces, compiled with the Gatehouse processor on the annotation processor
 * path exactly as a user's build does.
 */
package dev.gatehouse.it;
