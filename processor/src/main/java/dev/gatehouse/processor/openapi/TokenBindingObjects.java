package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
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
  public static void apply(JsonObject document, Map<String, TokenBindingDecl> bindings) {
    JsonObject components = document.object("components");
    JsonObject objects = components == null ? null : components.object("securitySchemes");
    if (objects == null) {
      return;
    }
    for (TokenBindingDecl binding : bindings.values()) {
      JsonObject scheme = objects.object(binding.scheme());
      if (scheme == null) {
        continue;
      }
      String sentence = sentence(binding);
      String existing = scheme.text("description");
      scheme.put("description", existing.isEmpty() ? sentence : existing + "\n\n" + sentence);
      JsonArray kinds = scheme.putArray(EXTENSION);
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
