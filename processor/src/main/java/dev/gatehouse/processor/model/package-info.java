/**
 * The processor's immutable model: what the parser read from the annotations, with the source
 * position of every value so that later stages can still point at it. Validation and the writers
 * only ever see this model.
 */
package dev.gatehouse.processor.model;
