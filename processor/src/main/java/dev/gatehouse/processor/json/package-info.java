/**
 * The processor's own JSON: an ordered tree ({@link dev.gatehouse.processor.json.JsonObject},
 * {@link dev.gatehouse.processor.json.JsonArray}), the one printer every file the processor writes
 * goes through ({@link dev.gatehouse.processor.json.JsonWriter}) and a strict reader for the
 * processor's own incremental index ({@link dev.gatehouse.processor.json.JsonReader}).
 *
 * <p>A JSON library would do, but javac loads and runs the processor's code cold in every
 * compilation: a general data-binding library costs a few hundred milliseconds of class loading and
 * interpretation there (see docs/performance.md, section 3), for a document this package prints in
 * a few hundred lines. Its values are Java's own: {@link java.lang.String}, {@link
 * java.lang.Boolean}, {@link java.lang.Integer}, {@link java.lang.Long}, {@link
 * java.math.BigInteger}, {@link java.math.BigDecimal}, the two containers, and {@code null}.
 */
package dev.gatehouse.processor.json;
