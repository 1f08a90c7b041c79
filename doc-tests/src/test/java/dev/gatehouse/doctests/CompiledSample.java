package dev.gatehouse.doctests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What compiling one sample project gave.
 *
 * @param project the project
 * @param errors javac's errors, each as {@code page:line: message} where it maps to the page
 * @param warnings javac's warnings, in the same form
 * @param endpointInterfaces the qualified names of the project's endpoint interfaces (JAX-RS or
 *     Spring MVC annotated), which the processor must document
 * @param document the written {@code META-INF/openapi.json}, if any
 */
record CompiledSample(
    SampleProject project,
    List<String> errors,
    List<String> warnings,
    List<String> endpointInterfaces,
    Optional<Path> document) {
  CompiledSample {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    endpointInterfaces = List.copyOf(endpointInterfaces);
  }
}
