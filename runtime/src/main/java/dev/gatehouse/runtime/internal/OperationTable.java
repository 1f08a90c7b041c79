package dev.gatehouse.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the operation table of a generated security-glue class: one row per operation, {@code
 * {javaMethod, httpMethod, path, requirement...}}, the requirements written as the boolean
 * expression the document's {@code security} array is.
 *
 * <ul>
 *   <li>A requirement is a scheme name, then the scopes (or roles) it must grant, separated by
 *       single spaces ({@code "HTTPBearer read write"}); neither names nor scopes contain spaces.
 *   <li>{@code "&"} between requirements: all of them together (one requirement object).
 *   <li>{@code "|"} between requirement objects: any one of them.
 *   <li>A last {@code "{}"} after {@code "|"}: anonymous callers are let in too (OpenAPI's empty
 *       requirement object, {@code @OptionalSecurity}).
 *   <li>No requirement at all: the operation is open ({@code @Public}, or nothing declared).
 *   <li>Last, {@code "!acr_values a b"} and/or {@code "!max_age 300"}: the operation's step-up
 *       requirement ({@code @StepUp}, RFC 9470). Scheme names never start with {@code "!"}.
 * </ul>
 *
 * <p>So {@code {"either()", "GET", "/either", "APIKeyHeader", "|", "HTTPBearer read"}} needs an API
 * key or a bearer token granting {@code read}. Generated code is compiled far faster from string
 * literals than from a factory call per operation (issue 19); a malformed row is a bug in the
 * processor and throws {@link IllegalArgumentException} when the glue class initialises.
 */
public final class OperationTable {
  /** Between the requirements of one requirement object. */
  public static final String AND = "&";

  /** Between requirement objects. */
  public static final String OR = "|";

  /** The empty requirement object: anonymous callers are let in. */
  public static final String ANONYMOUS = "{}";

  private static final String ACR_VALUES = "!acr_values ";
  private static final String MAX_AGE = "!max_age ";

  private OperationTable() {}

  /** The operations of {@code rows}, in row order. */
  public static List<OperationSecurity> read(String[][] rows) {
    List<OperationSecurity> out = new ArrayList<>(rows.length);
    for (String[] row : rows) {
      out.add(row(row));
    }
    return List.copyOf(out);
  }

  /** One row: {@code javaMethod, httpMethod, path}, then the requirements. */
  static OperationSecurity row(String[] row) {
    if (row.length < 3) {
      throw malformed(row, "it has no Java method, HTTP method and path");
    }
    List<List<SchemeRequirement>> alternatives = new ArrayList<>();
    List<SchemeRequirement> current = new ArrayList<>();
    boolean optional = false;
    boolean expectRequirement = true;
    // The step-up cells come last; the requirements end before them.
    int end = row.length;
    List<String> acrValues = List.of();
    long maxAge = -1;
    while (end > 3 && row[end - 1] != null && row[end - 1].startsWith("!")) {
      String cell = row[--end];
      if (cell.startsWith(MAX_AGE) && maxAge == -1) {
        try {
          maxAge = Long.parseLong(cell.substring(MAX_AGE.length()));
        } catch (NumberFormatException e) {
          throw malformed(row, "\"" + cell + "\" is not a max_age");
        }
      } else if (cell.startsWith(ACR_VALUES) && acrValues.isEmpty()) {
        acrValues = List.of(cell.substring(ACR_VALUES.length()).split(" ", -1));
      } else {
        throw malformed(row, "\"" + cell + "\" is not a step-up cell");
      }
    }
    StepUpRequirement stepUp = null;
    if (end < row.length) {
      if (end == 3) {
        throw malformed(row, "a step-up requirement on an operation without requirements");
      }
      try {
        stepUp = new StepUpRequirement(acrValues, maxAge);
      } catch (IllegalArgumentException e) {
        throw malformed(row, e.getMessage());
      }
    }
    for (int i = 3; i < end; i++) {
      String token = row[i];
      if (optional) {
        throw malformed(row, "\"{}\" is not last");
      }
      if (expectRequirement) {
        if (token.equals(ANONYMOUS)) {
          if (alternatives.isEmpty()) {
            throw malformed(row, "\"{}\" does not follow a requirement object and \"|\"");
          }
          optional = true;
        } else {
          current.add(requirement(row, token));
          expectRequirement = false;
        }
      } else if (token.equals(AND)) {
        expectRequirement = true;
      } else if (token.equals(OR)) {
        alternatives.add(current);
        current = new ArrayList<>();
        expectRequirement = true;
      } else {
        throw malformed(row, "\"" + token + "\" follows a requirement; expected \"&\" or \"|\"");
      }
    }
    if (expectRequirement && end > 3 && !optional) {
      throw malformed(row, "it ends with an operator");
    }
    if (!current.isEmpty()) {
      alternatives.add(current);
    }
    return new OperationSecurity(row[0], row[1], row[2], alternatives, optional, stepUp);
  }

  private static SchemeRequirement requirement(String[] row, String token) {
    // A scope may be any printable ASCII but space, '"' and backslash (RFC 6749 section 3.3),
    // even "&"; only the scheme name, first, is never an operator.
    String[] words = token.split(" ", -1);
    boolean ok = !words[0].equals(AND) && !words[0].equals(OR);
    for (String word : words) {
      ok &= !word.isEmpty();
    }
    if (!ok) {
      throw malformed(row, "\"" + token + "\" is not a scheme name and scopes");
    }
    return SchemeRequirement.of(words[0], Arrays.copyOfRange(words, 1, words.length));
  }

  private static IllegalArgumentException malformed(String[] row, String why) {
    return new IllegalArgumentException(
        "malformed generated operation row " + Arrays.toString(row) + ": " + why);
  }
}
