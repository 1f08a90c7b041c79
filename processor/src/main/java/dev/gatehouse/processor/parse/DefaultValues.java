package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.ParamSchema;
import dev.gatehouse.processor.model.ParameterLocation;
import dev.gatehouse.processor.model.SourceRef;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a parameter's default converts to the parameter's type the way its framework converts it
 * when the parameter is absent: JAX-RS by the type's {@code valueOf} on the value, Spring MVC by
 * its conversion service (all white space removed from numbers, {@code 0x}/{@code #} hexadecimal
 * integers, {@code on}/{@code yes}/{@code 1} for {@code true}). Only what Gatehouse can judge for
 * certain is judged: integers (within {@code int32}/{@code int64} when the format says so), numbers
 * and, for Spring, booleans; anything else is taken as it is.
 */
final class DefaultValues {
  private static final Set<String> SPRING_TRUE = Set.of("true", "on", "yes", "1");
  private static final Set<String> SPRING_FALSE = Set.of("false", "off", "no", "0");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private DefaultValues() {}

  /**
   * What a default of {@code schema} has to be ("an integer within int32", ...) when {@code value}
   * is not one; empty when it converts, or when Gatehouse cannot tell. A list's default is one
   * element in JAX-RS and comma-separated elements in Spring.
   */
  static Optional<String> mismatch(ParamSchema schema, String value, boolean spring) {
    if (schema.items() != null) {
      for (String element : spring ? value.split(",", -1) : new String[] {value}) {
        Optional<String> problem = scalarMismatch(schema.items(), element, spring);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    return scalarMismatch(schema, value, spring);
  }

  /**
   * Warns when a parameter's default does not convert to its type ({@link DefaultValues}): the
   * framework would fail on it whenever the parameter is absent, so the document states none.
   * Returns whether it warned.
   */
  static boolean reportMismatch(
      ParamSchema schema,
      String value,
      boolean spring,
      ParameterLocation in,
      String name,
      SourceRef where,
      Reporter reporter) {
    Optional<String> expected = DefaultValues.mismatch(schema, value, spring);
    expected.ifPresent(
        type ->
            reporter.report(
                Diagnostic.DEFAULT_NOT_OF_TYPE,
                where,
                value,
                in.openApiName(),
                name,
                type,
                spring ? "Spring MVC" : "JAX-RS"));
    return expected.isPresent();
  }

  /**
   * A default that converts ({@link #mismatch} is empty) as the document states it: for Spring, a
   * hexadecimal integer in decimal and a boolean as {@code true} or {@code false}, as Spring
   * converts them; otherwise {@code value}.
   */
  static String asDocumented(ParamSchema schema, String value, boolean spring) {
    if (!spring || schema.items() != null) {
      return value;
    }
    return switch (schema.type()) {
      case "integer" -> springInteger(value).toString();
      case "boolean" ->
          Boolean.toString(SPRING_TRUE.contains(value.strip().toLowerCase(Locale.ROOT)));
      default -> value;
    };
  }

  private static Optional<String> scalarMismatch(ParamSchema schema, String value, boolean spring) {
    switch (schema.type()) {
      case "integer" -> {
        BigInteger number;
        try {
          number = spring ? springInteger(value) : new BigInteger(value.strip());
        } catch (NumberFormatException e) {
          return Optional.of(integer(schema.format()));
        }
        boolean fits =
            switch (schema.format()) {
              case "int32" -> number.compareTo(INT_MIN) >= 0 && number.compareTo(INT_MAX) <= 0;
              case "int64" -> number.compareTo(LONG_MIN) >= 0 && number.compareTo(LONG_MAX) <= 0;
              default -> true;
            };
        return fits ? Optional.empty() : Optional.of(integer(schema.format()));
      }
      case "number" -> {
        try {
          Double.parseDouble(spring ? withoutWhiteSpace(value) : value.strip());
          return Optional.empty();
        } catch (NumberFormatException e) {
          return Optional.of("a number");
        }
      }
      case "boolean" -> {
        String word = value.strip().toLowerCase(Locale.ROOT);
        return !spring || SPRING_TRUE.contains(word) || SPRING_FALSE.contains(word)
            ? Optional.empty()
            : Optional.of("true or false (or on/off, yes/no, 1/0)");
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static String integer(String format) {
    return format.isEmpty() ? "an integer" : "an integer within " + format;
  }

  /**
   * Spring's integer conversion: white space removed, then decimal, or hexadecimal after 0x or #.
   */
  private static BigInteger springInteger(String value) {
    String text = withoutWhiteSpace(value);
    int sign = text.startsWith("-") ? 1 : 0;
    for (String prefix : new String[] {"0x", "0X", "#"}) {
      if (text.startsWith(prefix, sign)) {
        String digits = text.substring(sign + prefix.length());
        if (digits.startsWith("-") || digits.startsWith("+")) {
          throw new NumberFormatException("a sign after " + prefix);
        }
        BigInteger magnitude = new BigInteger(digits, 16);
        return sign == 1 ? magnitude.negate() : magnitude;
      }
    }
    return new BigInteger(text);
  }

  private static String withoutWhiteSpace(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        out.append(value.charAt(i));
      }
    }
    return out.toString();
  }
}
