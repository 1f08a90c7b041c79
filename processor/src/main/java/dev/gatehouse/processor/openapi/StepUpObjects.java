package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.model.StepUpDecl;

/**
 * States an operation's step-up requirement (RFC 9470) in the document, which has no field for it:
 * a sentence appended to the operation's {@code description}, and the extension {@code
 * x-gatehouse-step-up}, {@code {"acr_values": [...], "max_age": N}} with whichever the operation
 * requires, documented in docs/oauth2-and-jwt.md.
 */
final class StepUpObjects {

  /** The extension's name. */
  static final String EXTENSION = "x-gatehouse-step-up";

  private StepUpObjects() {}

  static JsonObject extension(StepUpDecl stepUp) {
    JsonObject node = new JsonObject();
    if (!stepUp.acrValues().isEmpty()) {
      stepUp.acr().forEach(node.putArray("acr_values")::add);
    }
    if (stepUp.hasMaxAge()) {
      node.put("max_age", stepUp.maxAge());
    }
    return node;
  }

  /** {@code description} with the step-up sentence appended, after a blank line if not empty. */
  static String withSentence(String description, StepUpDecl stepUp) {
    String sentence = sentence(stepUp);
    return description.isEmpty() ? sentence : description + "\n\n" + sentence;
  }

  /** {@code `a`}, {@code `a` or `b`}, {@code `a`, `b` or `c`}. */
  private static String quotedList(java.util.List<String> values) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(i == values.size() - 1 ? " or " : ", ");
      }
      out.append('`').append(values.get(i)).append('`');
    }
    return out.toString();
  }

  static String sentence(StepUpDecl stepUp) {
    StringBuilder out =
        new StringBuilder("Step-up authentication (RFC 9470): the access token must");
    if (!stepUp.acrValues().isEmpty()) {
      out.append(" carry an `acr` of ")
          .append(stepUp.acrValues().size() == 1 ? "" : "one of ")
          .append(quotedList(stepUp.acr()));
    }
    if (stepUp.hasMaxAge()) {
      out.append(stepUp.acrValues().isEmpty() ? "" : " and")
          .append(" come from a user authentication (`auth_time`) at most ")
          .append(stepUp.maxAge())
          .append(stepUp.maxAge() == 1 ? " second" : " seconds")
          .append(" old");
    }
    return out.append(
            ". Otherwise the answer is 401 with `error=\"insufficient_user_authentication\"` and the"
                + " required `acr_values`/`max_age` in `WWW-Authenticate`: authenticate the user"
                + " again with them and retry.")
        .toString();
  }
}
