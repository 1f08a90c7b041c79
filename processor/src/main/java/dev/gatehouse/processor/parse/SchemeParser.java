package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.model.ApiKeyScheme;
import dev.gatehouse.processor.model.ApiKeyScheme.ApiKeyLocation;
import dev.gatehouse.processor.model.FlowType;
import dev.gatehouse.processor.model.HttpAuthScheme;
import dev.gatehouse.processor.model.OAuth2Scheme;
import dev.gatehouse.processor.model.OAuthFlowDecl;
import dev.gatehouse.processor.model.OpenIdConnectScheme;
import dev.gatehouse.processor.model.ScopeDecl;
import dev.gatehouse.processor.model.SecurityScheme;
import dev.gatehouse.processor.model.UrlValue;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Reads the scheme annotations on one type or package into {@link SecurityScheme}s. */
public final class SchemeParser {
  private final AnnotationReader reader;

  public SchemeParser(Elements elements) {
    this.reader = new AnnotationReader(elements);
  }

  /** Every scheme declared on {@code element}, in annotation order. */
  public List<SecurityScheme> parse(Element element) {
    List<SecurityScheme> out = new ArrayList<>();
    for (String name : Names.SCHEMES) {
      for (Ann ann : reader.all(element, name)) {
        out.add(scheme(name, ann));
      }
    }
    return out;
  }

  /**
   * The non-default {@code tokenBinding}s of the token scheme annotations on {@code element}, in
   * annotation order (annotations compiled before the attribute existed have none).
   */
  public List<dev.gatehouse.processor.model.TokenBindingDecl> tokenBindings(Element element) {
    List<dev.gatehouse.processor.model.TokenBindingDecl> out = new ArrayList<>();
    for (String name : Names.SCHEMES) {
      for (Ann ann : reader.all(element, name)) {
        if (ann.has("tokenBinding")) {
          String binding = ann.string("tokenBinding");
          if (!binding.equals("NONE")) {
            out.add(
                new dev.gatehouse.processor.model.TokenBindingDecl(
                    ann.string("schemeName"), binding, ann.ref("tokenBinding")));
          }
        }
      }
    }
    return out;
  }

  private SecurityScheme scheme(String type, Ann a) {
    String name = a.string("schemeName");
    String description = a.string("description");
    boolean deprecated = a.bool("deprecated");
    return switch (type) {
      case Names.API_KEY_QUERY -> apiKey(a, ApiKeyLocation.QUERY);
      case Names.API_KEY_HEADER -> apiKey(a, ApiKeyLocation.HEADER);
      case Names.API_KEY_COOKIE -> apiKey(a, ApiKeyLocation.COOKIE);
      case Names.HTTP_BASIC ->
          new HttpAuthScheme(
              name,
              description,
              deprecated,
              HttpAuthScheme.Kind.BASIC,
              "basic",
              a.string("realm"),
              "",
              a.where());
      case Names.HTTP_BEARER ->
          new HttpAuthScheme(
              name,
              description,
              deprecated,
              HttpAuthScheme.Kind.BEARER,
              "bearer",
              "",
              a.string("bearerFormat"),
              a.where());
      case Names.HTTP_DIGEST ->
          new HttpAuthScheme(
              name,
              description,
              deprecated,
              HttpAuthScheme.Kind.DIGEST,
              "digest",
              "",
              "",
              a.where());
      case Names.HTTP_SCHEME ->
          new HttpAuthScheme(
              name,
              description,
              deprecated,
              HttpAuthScheme.Kind.GENERIC,
              a.string("scheme"),
              "",
              "",
              a.where());
      case Names.OAUTH2_PASSWORD_BEARER ->
          new OAuth2Scheme(
              name,
              description,
              deprecated,
              OAuth2Scheme.Kind.PASSWORD_BEARER,
              List.of(shortcutFlow(a, FlowType.PASSWORD)),
              url(a, "oauth2MetadataUrl"),
              a.where());
      case Names.OAUTH2_AUTHORIZATION_CODE_BEARER ->
          new OAuth2Scheme(
              name,
              description,
              deprecated,
              OAuth2Scheme.Kind.AUTHORIZATION_CODE_BEARER,
              List.of(shortcutFlow(a, FlowType.AUTHORIZATION_CODE)),
              url(a, "oauth2MetadataUrl"),
              a.where());
      case Names.OAUTH2 ->
          new OAuth2Scheme(
              name,
              description,
              deprecated,
              OAuth2Scheme.Kind.GENERIC,
              flows(a),
              url(a, "oauth2MetadataUrl"),
              a.where());
      case Names.OPEN_ID_CONNECT ->
          new OpenIdConnectScheme(
              name, description, deprecated, url(a, "openIdConnectUrl"), a.where());
      default -> throw new IllegalStateException("not a scheme annotation: " + type);
    };
  }

  private static ApiKeyScheme apiKey(Ann a, ApiKeyLocation location) {
    return new ApiKeyScheme(
        a.string("schemeName"),
        a.string("description"),
        a.bool("deprecated"),
        location,
        a.string("name"),
        a.where());
  }

  /** The single flow of {@code @OAuth2PasswordBearer} / {@code @OAuth2AuthorizationCodeBearer}. */
  private OAuthFlowDecl shortcutFlow(Ann a, FlowType type) {
    UrlValue authorization =
        type == FlowType.AUTHORIZATION_CODE
            ? url(a, "authorizationUrl")
            : new UrlValue("authorizationUrl", "", a.where());
    return new OAuthFlowDecl(
        type,
        authorization,
        url(a, "tokenUrl"),
        url(a, "refreshUrl"),
        new UrlValue("deviceAuthorizationUrl", "", a.where()),
        scopes(a),
        a.where());
  }

  /** The present flows of {@code @OAuth2(flows = ...)}, in OpenAPI order. */
  private List<OAuthFlowDecl> flows(Ann oauth2) {
    Ann flows = oauth2.annotation("flows", reader.elements());
    List<OAuthFlowDecl> out = new ArrayList<>();
    for (FlowType type : FlowType.values()) {
      String attribute = type.openApiName();
      if (!flows.isExplicit(attribute)) {
        continue;
      }
      Ann flow = flows.annotation(attribute, reader.elements());
      OAuthFlowDecl decl =
          new OAuthFlowDecl(
              type,
              url(flow, "authorizationUrl"),
              url(flow, "tokenUrl"),
              url(flow, "refreshUrl"),
              url(flow, "deviceAuthorizationUrl"),
              scopes(flow),
              flow.where());
      boolean anyUrl = decl.urls().stream().anyMatch(UrlValue::isPresent);
      if (anyUrl || !decl.scopes().isEmpty()) {
        out.add(decl);
      }
    }
    return out;
  }

  private List<ScopeDecl> scopes(Ann owner) {
    List<ScopeDecl> out = new ArrayList<>();
    for (Ann scope : owner.annotations("scopes", reader.elements())) {
      out.add(new ScopeDecl(scope.string("name"), scope.string("description"), scope.where()));
    }
    return out;
  }

  private static UrlValue url(Ann a, String attribute) {
    return new UrlValue(attribute, a.string(attribute), a.ref(attribute));
  }
}
