/**
 * The Java output: one credential-extractor class per declared scheme and one security-glue class
 * per endpoint interface, written with JavaPoet in the round their declarations are processed, and
 * the service files that let the runtime find them. Generated code needs only the JDK and {@code
 * gatehouse-runtime}, and uses no reflection.
 */
package dev.gatehouse.processor.write;
