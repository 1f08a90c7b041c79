/**
 * Helpers that generated code and the runtime itself call: the extractor factories ({@link
 * dev.gatehouse.runtime.internal.Extractors}), challenge rendering ({@link
 * dev.gatehouse.runtime.internal.Challenges}) and a simple request view for tests and the JDK
 * {@code HttpServer}.
 *
 * <p>Not a public API: names and signatures may change in any release. The parsers here follow the
 * project's security rules (sections 1.1-1.3, 1.7 and 1.8, decisions P1-P6) and are written without
 * regular expressions, each linear in its input and capped before decoding.
 */
package dev.gatehouse.runtime.internal;
