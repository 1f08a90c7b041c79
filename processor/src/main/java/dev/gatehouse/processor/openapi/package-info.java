/**
 * The OpenAPI output: {@link dev.gatehouse.processor.openapi.OpenApiAssembler} builds the document
 * tree from the validated model, and {@link dev.gatehouse.processor.openapi.OpenApiWriter} prints
 * it byte-for-byte reproducibly. Neither touches {@code javax.lang.model}, so both are unit-tested
 * without a compiler.
 */
package dev.gatehouse.processor.openapi;
