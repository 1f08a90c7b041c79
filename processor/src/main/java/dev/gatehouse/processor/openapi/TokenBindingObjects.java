package dev.gatehouse.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.processor.model.TokenBindingDecl;
import java.util.Map;

/**
 * States sender-constrained tokens in the document (OpenAPI has no field for them): the scheme's
 * {@code description} gets a sentence, and the scheme object the extension {@code
 * x-gatehouse-token-binding}, an array of {@code "DPoP"} (RFC 9449) and/or {@code "mTLS"} (RFC
 * 8705), documented in docs/sender-constrained-tokens.md.
 */
public final class TokenBindingObjects {

  /** The extension's name. */
  public static final String EXTENSION = "x-gatehouse-token-binding";

  private TokenBindingObjects() {}

  /** Adds the binding of every bound scheme to {@code document}'s security schemes. */
  public static void apply(ObjectNode document, Map<String, TokenBindingDecl> bindings) {
    JsonNode schemes = document.path("components").path("securitySchemes");
    if (!(schemes instanceof ObjectNode objects)) {
      return;
    }
    for (TokenBindingDecl binding : bindings.values()) {
      if (!(objects.get(binding.scheme()) instanceof ObjectNode scheme)) {
        continue;
      }
      String sentence = sentence(binding);
      JsonNode existing = scheme.get("description");
      scheme.put(
          "description",
          existing == null || existing.asText().isEmpty()
              ? sentence
              : existing.asText() + "\n\n" + sentence);
      ArrayNode kinds = scheme.putArray(EXTENSION);
      if (binding.dpop()) {
        kinds.add("DPoP");
      }
      if (binding.mtls()) {
        kinds.add("mTLS");
      }
    }
  }

  static String sentence(TokenBindingDecl binding) {
    if (binding.dpop() && binding.mtls()) {
      return "Access tokens must be sender-constrained: DPoP-bound (RFC 9449; send"
          + " `Authorization: DPoP <token>` with a `DPoP` proof header) or certificate-bound"
          + " (RFC 8705; call over mutual TLS with the certificate the token was issued to)."
          + " Unbound bearer tokens are refused.";
    }
    if (binding.dpop()) {
      return "Access tokens must be DPoP-bound (RFC 9449): send `Authorization: DPoP <token>` with"
          + " a `DPoP` proof header. Bearer use of a token is refused.";
    }
    return "Access tokens must be certificate-bound (RFC 8705): call over mutual TLS with the"
        + " certificate the token was issued to. Unbound tokens are refused.";
  }
}
