package dev.gatehouse.it.soak;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answer each request must get, derived from the operation's declared security and what each
 * credential is (security-rules.md 1.1.1), never by asking Gatehouse.
 */
final class Oracle {
  private Oracle() {}

  enum Kind {
    API_KEY,
    BASIC,
    BEARER,
    DIGEST,
    HOBA
  }

  /** A declared scheme: its kind and challenge realm. */
  record Scheme(String name, Kind kind, String realm) {}

  static final Map<String, Scheme> SCHEMES =
      Map.of(
          "APIKeyHeader", new Scheme("APIKeyHeader", Kind.API_KEY, SoakSecurity.REALM),
          "QueryKey", new Scheme("QueryKey", Kind.API_KEY, SoakSecurity.REALM),
          "CookieKey", new Scheme("CookieKey", Kind.API_KEY, SoakSecurity.REALM),
          "HTTPBasic", new Scheme("HTTPBasic", Kind.BASIC, "gatehouse"),
          "HTTPBearer", new Scheme("HTTPBearer", Kind.BEARER, SoakSecurity.REALM),
          "OAuth2PasswordBearer",
              new Scheme("OAuth2PasswordBearer", Kind.BEARER, SoakSecurity.REALM),
          "OpenIdConnect", new Scheme("OpenIdConnect", Kind.BEARER, SoakSecurity.REALM),
          "HTTPDigest", new Scheme("HTTPDigest", Kind.DIGEST, SoakSecurity.REALM),
          "HTTPBase", new Scheme("HTTPBase", Kind.HOBA, SoakSecurity.REALM));

  /** One requirement: a scheme and the scopes it needs. */
  record Need(String scheme, List<String> scopes) {
    static Need of(String scheme, String... scopes) {
      return new Need(scheme, List.of(scopes));
    }
  }

  /**
   * An operation as the endpoint interfaces declare it: alternatives (OR) of requirement objects
   * (AND), whether anonymous callers are welcome too, or whether it is public.
   */
  record Op(
      String key, String label, List<List<Need>> alternatives, boolean optional, boolean open) {
    /** The schemes named anywhere, in document order, each once. */
    List<String> schemes() {
      Set<String> names = new LinkedHashSet<>();
      alternatives.forEach(a -> a.forEach(n -> names.add(n.scheme())));
      return List.copyOf(names);
    }
  }

  static Op op(String key, List<List<Need>> alternatives) {
    return new Op(key, SoakServers.LABELS.get(key), alternatives, false, false);
  }

  /** The operations of ItemsApi, UsersApi and KindsApi. */
  static final List<Op> OPERATIONS =
      List.of(
          op("GET /items", List.of(List.of(Need.of("APIKeyHeader")))),
          op(
              "GET /items/{id}",
              List.of(List.of(Need.of("APIKeyHeader")), List.of(Need.of("HTTPBearer")))),
          op("GET /both", List.of(List.of(Need.of("APIKeyHeader"), Need.of("HTTPBearer")))),
          new Op("GET /maybe", "maybe", List.of(List.of(Need.of("HTTPBearer"))), true, false),
          op("GET /admin", List.of(List.of(Need.of("HTTPBasic")))),
          new Op("GET /hello", "hello", List.of(), false, true),
          op("GET /users/me", List.of(List.of(Need.of("OAuth2PasswordBearer", "me")))),
          op(
              "GET /users/me/items",
              List.of(List.of(Need.of("OAuth2PasswordBearer", "items", "me")))),
          op("GET /kinds/query", List.of(List.of(Need.of("QueryKey")))),
          op("GET /kinds/cookie", List.of(List.of(Need.of("CookieKey")))),
          op("GET /kinds/digest", List.of(List.of(Need.of("HTTPDigest")))),
          op("GET /kinds/hoba", List.of(List.of(Need.of("HTTPBase")))),
          op("GET /kinds/oidc", List.of(List.of(Need.of("OpenIdConnect", "profile")))));

  /** What one scheme's extractor finds in the request. */
  enum State {
    ABSENT,
    AMBIGUOUS,
    MALFORMED,
    PRESENT
  }

  record Extracted(State state, Verdict verdict) {
    static final Extracted ABSENT = new Extracted(State.ABSENT, null);
    static final Extracted AMBIGUOUS = new Extracted(State.AMBIGUOUS, null);
    static final Extracted MALFORMED = new Extracted(State.MALFORMED, null);

    static Extracted present(Verdict v) {
      return new Extracted(State.PRESENT, v);
    }
  }

  /** What a request carries, as far as each scheme is concerned. */
  interface Credentials {
    Extracted forScheme(Scheme scheme);
  }

  /**
   * The expected answer: status, the {@code WWW-Authenticate} values in order (a Digest challenge's
   * nonce and opaque as {@code *}), and the exact body.
   */
  record Expected(int status, List<String> challenges, String body) {}

  /** One Digest challenge per algorithm, SHA-256 first, sharing the nonce. */
  static final List<String> DIGEST_CHALLENGES =
      List.of("SHA-256", "SHA-512-256").stream()
          .map(
              algorithm ->
                  "Digest realm=\""
                      + SoakSecurity.REALM
                      + "\", qop=\"auth\", algorithm="
                      + algorithm
                      + ", nonce=\"*\", opaque=\"*\", charset=UTF-8")
          .toList();

  static Expected decide(Op op, Credentials request) {
    if (op.open()) {
      return new Expected(200, List.of(), anonymous(op));
    }
    List<String> names = op.schemes();
    Extracted[] found = new Extracted[names.size()];
    for (int i = 0; i < found.length; i++) {
      found[i] = request.forScheme(SCHEMES.get(names.get(i)));
    }
    // 400 > 401 > 403.
    for (Extracted e : found) {
      if (e.state() == State.AMBIGUOUS) {
        List<String> challenge = new ArrayList<>();
        for (String name : names) {
          if (SCHEMES.get(name).kind() == Kind.BEARER) {
            challenge.add(bearer(SCHEMES.get(name).realm(), "invalid_request", null, null));
            break;
          }
        }
        return new Expected(400, challenge, detail("Ambiguous credentials"));
      }
    }
    boolean malformed = false;
    boolean malformedBearer = false;
    boolean invalid = false;
    boolean invalidBearer = false;
    String bearerDescription = null;
    for (int i = 0; i < found.length; i++) {
      boolean isBearer = SCHEMES.get(names.get(i)).kind() == Kind.BEARER;
      if (found[i].state() == State.MALFORMED) {
        malformed = true;
        malformedBearer |= isBearer;
      } else if (found[i].state() == State.PRESENT && !found[i].verdict().granted()) {
        invalid = true;
        if (isBearer && !invalidBearer) {
          bearerDescription = found[i].verdict().description();
        }
        invalidBearer |= isBearer;
      }
    }
    if (malformed) {
      return new Expected(
          401,
          challenges(names, malformedBearer ? "invalid_token" : null, null),
          detail("Invalid authentication credentials"));
    }
    if (invalid) {
      return new Expected(
          401,
          challenges(
              names,
              invalidBearer ? "invalid_token" : null,
              invalidBearer ? bearerDescription : null),
          detail("Invalid authentication credentials"));
    }
    boolean anyVerified = false;
    for (Extracted e : found) {
      anyVerified |= e.state() == State.PRESENT;
    }
    for (List<Need> alternative : op.alternatives()) {
      if (satisfied(alternative, names, found, true)) {
        Need first = alternative.get(0);
        Verdict v = found[names.indexOf(first.scheme())].verdict();
        return new Expected(
            200,
            List.of(),
            "{\"operation\":\""
                + op.label()
                + "\",\"user\":\""
                + v.principal()
                + "\",\"scheme\":\""
                + first.scheme()
                + "\",\"scopes\":\""
                + String.join(" ", new java.util.TreeSet<>(v.scopes()))
                + "\"}");
      }
    }
    if (op.optional() && !anyVerified) {
      return new Expected(200, List.of(), anonymous(op));
    }
    for (List<Need> alternative : op.alternatives()) {
      if (satisfied(alternative, names, found, false)) {
        Set<String> required = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        String realm = null;
        for (Need n : alternative) {
          required.addAll(n.scopes());
          for (String scope : n.scopes()) {
            if (!found[names.indexOf(n.scheme())].verdict().scopes().contains(scope)) {
              missing.add(scope);
              if (SCHEMES.get(n.scheme()).kind() == Kind.BEARER && realm == null) {
                realm = SCHEMES.get(n.scheme()).realm();
              }
            }
          }
        }
        return new Expected(
            403,
            realm == null
                ? List.of()
                : List.of(bearer(realm, "insufficient_scope", null, String.join(" ", required))),
            detail("Not enough permissions; missing scopes: " + String.join(" ", missing)));
      }
    }
    return new Expected(401, challenges(names, null, null), detail("Not authenticated"));
  }

  /** Every scheme of the object verified; with {@code scopes}, each also has its scopes. */
  private static boolean satisfied(
      List<Need> alternative, List<String> names, Extracted[] found, boolean scopes) {
    for (Need n : alternative) {
      Extracted e = found[names.indexOf(n.scheme())];
      if (e.state() != State.PRESENT) {
        return false;
      }
      if (scopes && !e.verdict().scopes().containsAll(n.scopes())) {
        return false;
      }
    }
    return true;
  }

  private static String anonymous(Op op) {
    return "{\"operation\":\"" + op.label() + "\",\"user\":null}";
  }

  private static String detail(String text) {
    return "{\"detail\":\"" + text + "\"}";
  }

  /** One challenge per scheme in document order, identical ones once. */
  private static List<String> challenges(List<String> names, String error, String description) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      Scheme s = SCHEMES.get(name);
      out.addAll(
          switch (s.kind()) {
            case API_KEY -> List.of("APIKey realm=\"" + s.realm() + "\"");
            case BASIC -> List.of("Basic realm=\"" + s.realm() + "\", charset=\"UTF-8\"");
            case BEARER -> List.of(bearer(s.realm(), error, description, null));
            case DIGEST -> DIGEST_CHALLENGES;
            case HOBA -> List.of("HOBA realm=\"" + s.realm() + "\"");
          });
    }
    return List.copyOf(out);
  }

  private static String bearer(String realm, String error, String description, String scope) {
    StringBuilder b = new StringBuilder("Bearer realm=\"").append(realm).append('"');
    if (error != null) {
      b.append(", error=\"").append(error).append('"');
    }
    if (description != null) {
      b.append(", error_description=\"").append(description).append('"');
    }
    if (scope != null) {
      b.append(", scope=\"").append(scope).append('"');
    }
    return b.toString();
  }
}
