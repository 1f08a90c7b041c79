/**
 * The diagnostic catalogue and the reporter that prints it: every message the processor can emit
 * has a stable tag, names the wrong value, says what is allowed and how to fix it, and lands on the
 * most precise source position known.
 */
package dev.gatehouse.processor.diag;
