/**
 * The parse stage: reads Gatehouse and JAX-RS annotations through {@code AnnotationMirror}s (this
 * is the only package that knows annotation names) and turns them into the immutable model.
 */
package dev.gatehouse.processor.parse;
