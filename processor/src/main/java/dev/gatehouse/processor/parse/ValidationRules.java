package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.Constraints;
import dev.gatehouse.processor.model.DataSchema;
import dev.gatehouse.processor.model.ParamSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;

/**
 * Bean Validation constraints ({@code jakarta.validation.constraints} and {@code
 * javax.validation.constraints}, read by name) as JSON Schema limits and requiredness.
 */
final class ValidationRules {
  private static final List<String> NOT_NULL =
      List.of("NotNull", "NotBlank", "NotEmpty").stream()
          .flatMap(n -> Names.validation(n).stream())
          .toList();

  /** Both qualified names of each constraint read here, built once (issue 19). */
  private static final Map<String, List<String>> CONSTRAINTS =
      Stream.of(
              "NotEmpty",
              "NotBlank",
              "Size",
              "Pattern",
              "Email",
              "Min",
              "Max",
              "DecimalMin",
              "DecimalMax",
              "Positive",
              "PositiveOrZero",
              "Negative",
              "NegativeOrZero")
          .collect(Collectors.toUnmodifiableMap(n -> n, Names::validation));

  private final AnnotationReader reader;

  ValidationRules(AnnotationReader reader) {
    this.reader = reader;
  }

  /** Whether {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} is on any holder. */
  boolean notNull(List<? extends Element> holders) {
    return find(holders, NOT_NULL).isPresent();
  }

  /**
   * A path, query, header or cookie parameter's schema with the limits of the annotations on the
   * parameter; JAX-RS and Spring convert the value from a string, so the limits apply to the
   * converted value as they do to a property.
   */
  ParamSchema parameter(Element parameter, ParamSchema schema) {
    return schema.withConstraints(constraints(List.of(parameter), TypeSchemas.data(schema)));
  }

  Constraints constraints(List<? extends Element> holders, DataSchema schema) {
    boolean text = schema instanceof DataSchema.Scalar s && s.type().equals("string");
    boolean sized = text || schema instanceof DataSchema.ArrayOf;
    boolean numeric =
        schema instanceof DataSchema.Scalar s
            && (s.type().equals("integer") || s.type().equals("number"));
    Constraints c = Constraints.NONE;
    if (sized && (has(holders, "NotEmpty") || (text && has(holders, "NotBlank")))) {
      c = c.withMinLength(1);
    }
    Optional<Ann> size = find(holders, constraint("Size"));
    if (sized && size.isPresent()) {
      long min = Long.parseLong(size.get().string("min"));
      long max = Long.parseLong(size.get().string("max"));
      if (min > 0) {
        c = c.withMinLength(min);
      }
      if (max != Integer.MAX_VALUE) {
        c = c.withMaxLength(max);
      }
    }
    if (numeric) {
      c = numeric(holders, c);
    }
    if (text) {
      Optional<Ann> pattern = find(holders, constraint("Pattern"));
      if (pattern.isPresent()) {
        c = c.withPattern(pattern.get().string("regexp"));
      }
      if (has(holders, "Email")) {
        c = c.withFormat("email");
      }
    }
    return c;
  }

  private Constraints numeric(List<? extends Element> holders, Constraints c) {
    Optional<Ann> min = find(holders, constraint("Min"));
    if (min.isPresent()) {
      c = c.withMinimum(min.get().string("value"), false);
    }
    Optional<Ann> max = find(holders, constraint("Max"));
    if (max.isPresent()) {
      c = c.withMaximum(max.get().string("value"), false);
    }
    Optional<Ann> decimalMin = find(holders, constraint("DecimalMin"));
    if (decimalMin.isPresent()) {
      c = c.withMinimum(decimalMin.get().string("value"), !decimalMin.get().bool("inclusive"));
    }
    Optional<Ann> decimalMax = find(holders, constraint("DecimalMax"));
    if (decimalMax.isPresent()) {
      c = c.withMaximum(decimalMax.get().string("value"), !decimalMax.get().bool("inclusive"));
    }
    if (has(holders, "Positive")) {
      c = c.withMinimum("0", true);
    } else if (has(holders, "PositiveOrZero")) {
      c = c.withMinimum("0", false);
    }
    if (has(holders, "Negative")) {
      c = c.withMaximum("0", true);
    } else if (has(holders, "NegativeOrZero")) {
      c = c.withMaximum("0", false);
    }
    return c;
  }

  private boolean has(List<? extends Element> holders, String simpleName) {
    return find(holders, constraint(simpleName)).isPresent();
  }

  private static List<String> constraint(String simpleName) {
    List<String> names = CONSTRAINTS.get(simpleName);
    if (names == null) {
      throw new IllegalArgumentException("not a constraint read here: " + simpleName);
    }
    return names;
  }

  private Optional<Ann> find(List<? extends Element> holders, List<String> names) {
    for (Element holder : holders) {
      Optional<Ann> found = reader.findAny(holder, names);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
