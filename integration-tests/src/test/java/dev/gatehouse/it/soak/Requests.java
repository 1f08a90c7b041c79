package dev.gatehouse.it.soak;

import dev.gatehouse.it.ExampleSecurity;
import dev.gatehouse.it.Http;
import dev.gatehouse.it.soak.IdentityProvider.Minted;
import dev.gatehouse.it.soak.IdentityProvider.SigningKey;
import dev.gatehouse.it.soak.Oracle.Extracted;
import dev.gatehouse.it.soak.Oracle.Kind;
import dev.gatehouse.it.soak.Oracle.Op;
import dev.gatehouse.it.soak.Oracle.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Random requests, valid and invalid credentials of every scheme, each with the answer the {@link
 * Oracle} derives from what was put into it.
 */
final class Requests {
  private Requests() {}

  /** An API key in one location: none, the valid key, a wrong one, or two of them. */
  enum KeySlot {
    NONE,
    VALID,
    WRONG,
    DUPLICATE
  }

  /** An {@code Authorization} choice: the field lines sent and what each scheme extracts. */
  record Auth(String label, List<String> lines, Function<Scheme, Extracted> extract) {}

  /** One request ready to send, with its expected answer. */
  record Built(
      Op op,
      String target,
      List<String[]> headers,
      String description,
      String authLabel,
      Oracle.Expected expected) {}

  /** The request's credentials, as the oracle sees them. */
  record Creds(KeySlot header, KeySlot query, KeySlot cookie, Auth auth)
      implements Oracle.Credentials {
    @Override
    public Extracted forScheme(Scheme scheme) {
      return switch (scheme.name()) {
        case "APIKeyHeader" -> key(header);
        case "QueryKey" -> key(query);
        case "CookieKey" -> key(cookie);
        default -> auth.extract().apply(scheme);
      };
    }
  }

  private static final Verdict KEY_OWNER = Verdict.granted("ci-bot", Set.of());
  private static final Verdict REJECTED = Verdict.rejected(null);

  static Extracted key(KeySlot slot) {
    return switch (slot) {
      case NONE -> Extracted.ABSENT;
      case VALID -> Extracted.present(KEY_OWNER);
      case WRONG -> Extracted.present(REJECTED);
      case DUPLICATE -> Extracted.AMBIGUOUS;
    };
  }

  private static final int[] OP_WEIGHTS = {8, 12, 10, 8, 2, 3, 12, 12, 6, 6, 5, 4, 12};

  /** Builds one random request for {@code step}. */
  static Built next(SplittableRandom rnd, IdentityProvider.Step step, IdentityProvider idp) {
    Op op = Oracle.OPERATIONS.get(weighted(rnd, OP_WEIGHTS));
    List<String> schemes = op.schemes();
    KeySlot header = keySlot(rnd, schemes.contains("APIKeyHeader"));
    KeySlot query =
        op.key().equals("GET /kinds/digest")
            ? KeySlot.NONE
            : keySlot(rnd, schemes.contains("QueryKey"));
    KeySlot cookie = keySlot(rnd, schemes.contains("CookieKey"));
    Auth auth = auth(rnd, op, step, idp);
    Creds creds = new Creds(header, query, cookie, auth);

    StringBuilder target = new StringBuilder(path(op));
    switch (query) {
      case NONE -> {}
      case VALID -> appendQuery(target, "api_key=" + SoakSecurity.API_KEY);
      case WRONG -> appendQuery(target, "api_key=" + SoakSecurity.API_KEY + "x");
      case DUPLICATE ->
          appendQuery(
              target, "api_key=" + SoakSecurity.API_KEY + "&api_key=" + SoakSecurity.API_KEY);
    }
    List<String[]> headers = new ArrayList<>();
    switch (header) {
      case NONE -> {}
      case VALID -> headers.add(new String[] {"X-API-Key", SoakSecurity.API_KEY});
      case WRONG -> headers.add(new String[] {"X-API-Key", SoakSecurity.API_KEY + "x"});
      case DUPLICATE -> {
        headers.add(new String[] {"X-API-Key", SoakSecurity.API_KEY});
        headers.add(new String[] {"X-API-Key", SoakSecurity.API_KEY});
      }
    }
    switch (cookie) {
      case NONE -> {}
      case VALID -> {
        String[] forms = {"sid=%s", "theme=dark; sid=%s", "sid=\"%s\"; lang=en"};
        headers.add(
            new String[] {"Cookie", String.format(forms[rnd.nextInt(3)], SoakSecurity.API_KEY)});
      }
      case WRONG -> headers.add(new String[] {"Cookie", "sid=" + SoakSecurity.API_KEY + "x"});
      case DUPLICATE ->
          headers.add(new String[] {"Cookie", "sid=" + SoakSecurity.API_KEY + "; sid=other"});
    }
    for (String line : auth.lines()) {
      headers.add(new String[] {"Authorization", line});
    }
    String description =
        op.key()
            + " key="
            + header
            + " query="
            + query
            + " cookie="
            + cookie
            + " auth="
            + auth.label();
    return new Built(
        op,
        target.toString(),
        headers,
        description,
        auth.label().replaceAll("\\[[^]]*]", ""),
        Oracle.decide(op, creds));
  }

  private static String path(Op op) {
    return switch (op.key()) {
      case "GET /items" -> "/items?limit=3";
      case "GET /items/{id}" -> "/items/" + UUID.randomUUID();
      default -> op.key().substring(4);
    };
  }

  private static void appendQuery(StringBuilder target, String param) {
    target.append(target.indexOf("?") < 0 ? '?' : '&').append(param);
  }

  private static KeySlot keySlot(SplittableRandom rnd, boolean targeted) {
    int r = rnd.nextInt(100);
    if (targeted) {
      return r < 55
          ? KeySlot.VALID
          : r < 75 ? KeySlot.NONE : r < 95 ? KeySlot.WRONG : KeySlot.DUPLICATE;
    }
    return r < 85
        ? KeySlot.NONE
        : r < 93 ? KeySlot.VALID : r < 98 ? KeySlot.WRONG : KeySlot.DUPLICATE;
  }

  private static Auth auth(
      SplittableRandom rnd, Op op, IdentityProvider.Step step, IdentityProvider idp) {
    List<String> schemes = op.schemes();
    int r = rnd.nextInt(100);
    if (schemes.contains("HTTPBasic")) {
      if (r < 50) {
        return basic(
            "Basic admin",
            SoakSecurity.ADMIN,
            SoakSecurity.ADMIN_PASSWORD,
            Verdict.granted(SoakSecurity.ADMIN, Set.of("admin")));
      }
      if (r < 62) {
        return basic("Basic wrong password", SoakSecurity.ADMIN, "wrong", REJECTED);
      }
      if (r < 67) {
        return basic(
            "Basic disabled user", SoakSecurity.DISABLED, SoakSecurity.DISABLED_PASSWORD, REJECTED);
      }
      if (r < 72) {
        return only("Basic unpadded base64", "Basic dXNlcjpwYXM", Kind.BASIC, Extracted.MALFORMED);
      }
      return anyAuth(rnd, step, idp);
    }
    if (schemes.contains("HTTPDigest")) {
      if (r < 50) {
        return only(
            "Digest valid",
            Http.digest(
                "/kinds/digest",
                "GET",
                SoakSecurity.REALM,
                ExampleSecurity.DIGEST_USER,
                ExampleSecurity.DIGEST_PASSWORD),
            Kind.DIGEST,
            Extracted.present(Verdict.granted(ExampleSecurity.DIGEST_USER, Set.of())));
      }
      if (r < 65) {
        return only(
            "Digest wrong password",
            Http.digest(
                "/kinds/digest", "GET", SoakSecurity.REALM, ExampleSecurity.DIGEST_USER, "wrong"),
            Kind.DIGEST,
            Extracted.present(REJECTED));
      }
      if (r < 72) {
        return only(
            "Digest other uri",
            Http.digest(
                "/kinds/other",
                "GET",
                SoakSecurity.REALM,
                ExampleSecurity.DIGEST_USER,
                ExampleSecurity.DIGEST_PASSWORD),
            Kind.DIGEST,
            Extracted.AMBIGUOUS);
      }
      return anyAuth(rnd, step, idp);
    }
    if (schemes.contains("HTTPBase")) {
      if (r < 55) {
        return only(
            "HOBA valid",
            "HOBA " + SoakSecurity.HOBA,
            Kind.HOBA,
            Extracted.present(Verdict.granted("hoba-user", Set.of())));
      }
      if (r < 75) {
        return only("HOBA forged", "HOBA forged", Kind.HOBA, Extracted.present(REJECTED));
      }
      return anyAuth(rnd, step, idp);
    }
    boolean bearer = schemes.stream().anyMatch(s -> Oracle.SCHEMES.get(s).kind() == Kind.BEARER);
    if (bearer && r < 75) {
      return bearer(rnd, step, idp);
    }
    return anyAuth(rnd, step, idp);
  }

  /** Any Authorization choice, for operations it may or may not concern. */
  private static Auth anyAuth(
      SplittableRandom rnd, IdentityProvider.Step step, IdentityProvider idp) {
    int r = rnd.nextInt(100);
    if (r < 30) {
      return new Auth("none", List.of(), s -> Extracted.ABSENT);
    }
    if (r < 55) {
      return bearer(rnd, step, idp);
    }
    if (r < 62) {
      return basic(
          "Basic admin",
          SoakSecurity.ADMIN,
          SoakSecurity.ADMIN_PASSWORD,
          Verdict.granted(SoakSecurity.ADMIN, Set.of("admin")));
    }
    if (r < 67) {
      return only("Basic alone", "Basic", Kind.BASIC, Extracted.ABSENT);
    }
    if (r < 72) {
      return only("Bearer alone", "Bearer", Kind.BEARER, Extracted.MALFORMED);
    }
    if (r < 77) {
      return only(
          "Bearer with a space in the token", "Bearer abc def", Kind.BEARER, Extracted.MALFORMED);
    }
    if (r < 82) {
      return new Auth("empty field", List.of(""), s -> Extracted.ABSENT);
    }
    if (r < 86) {
      return new Auth(
          "Negotiate",
          List.of("Negotiate YIIBhQYGKwYBBQUCoIIBeTCCAXWgDTALBgkq"),
          s -> Extracted.ABSENT);
    }
    if (r < 90) {
      return only(
          "HOBA valid",
          "HOBA " + SoakSecurity.HOBA,
          Kind.HOBA,
          Extracted.present(Verdict.granted("hoba-user", Set.of())));
    }
    // Two Authorization lines: ambiguous for every scheme that reads the field.
    Auth inner =
        rnd.nextBoolean()
            ? bearer(rnd, step, idp)
            : basic(
                "Basic admin",
                SoakSecurity.ADMIN,
                SoakSecurity.ADMIN_PASSWORD,
                Verdict.granted(SoakSecurity.ADMIN, Set.of("admin")));
    List<String> twice = new ArrayList<>(inner.lines());
    twice.addAll(inner.lines());
    return new Auth(
        "twice " + inner.label(),
        twice,
        s -> s.kind() == Kind.API_KEY ? Extracted.ABSENT : Extracted.AMBIGUOUS);
  }

  private static Auth only(String label, String line, Kind kind, Extracted extracted) {
    return new Auth(label, List.of(line), s -> s.kind() == kind ? extracted : Extracted.ABSENT);
  }

  private static Auth basic(String label, String user, String password, Verdict verdict) {
    return only(label, Http.basic(user, password), Kind.BASIC, Extracted.present(verdict));
  }

  /** A bearer token: a JWT of some key and variant, or an opaque token. */
  private static Auth bearer(
      SplittableRandom rnd, IdentityProvider.Step step, IdentityProvider idp) {
    String scheme = rnd.nextInt(10) == 0 ? "bearer " : "Bearer ";
    int r = rnd.nextInt(100);
    if (r < 15) {
      List<Map.Entry<String, Verdict>> known = new ArrayList<>(SoakSecurity.OPAQUE.entrySet());
      known.sort(Map.Entry.comparingByKey());
      boolean valid = rnd.nextInt(3) > 0;
      String token =
          valid
              ? known.get(rnd.nextInt(known.size())).getKey()
              : "opq_" + Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());
      Verdict opaque = SoakSecurity.OPAQUE.getOrDefault(token, REJECTED);
      // Only HTTPBearer knows opaque tokens; the JWT verifier finds them malformed.
      return new Auth(
          valid ? "opaque known" : "opaque unknown",
          List.of(scheme + token),
          s ->
              s.kind() != Kind.BEARER
                  ? Extracted.ABSENT
                  : Extracted.present(
                      s.name().equals("HTTPBearer")
                          ? opaque
                          : Verdict.rejected(Verdict.MALFORMED)));
    }
    String label;
    Minted minted;
    Verdict verdict;
    List<SigningKey> trusted = step.trusted();
    if (r < 70) {
      SigningKey key =
          rnd.nextBoolean() ? trusted.get(0) : trusted.get(rnd.nextInt(trusted.size()));
      minted =
          rnd.nextBoolean()
              ? key.withKid.get(rnd.nextInt(6))
              : key.withKid.get(rnd.nextInt(key.withKid.size()));
      verdict = minted.ifKeyKnown();
      label = (key.step == step.n() ? "current" : "previous(" + (step.n() - key.step) + ")");
    } else if (r < 78 && trusted.size() > 1) {
      SigningKey key = trusted.get(1 + rnd.nextInt(trusted.size() - 1));
      minted = key.withoutKid;
      verdict = minted.ifKeyKnown();
      label = "previous(" + (step.n() - key.step) + ")";
    } else if (r < 88 && !step.retired().isEmpty()) {
      SigningKey key = step.retired().get(rnd.nextInt(step.retired().size()));
      minted = key.withKid.get(rnd.nextInt(key.withKid.size()));
      verdict = Verdict.rejected(Verdict.UNKNOWN_KEY);
      label = "retired(" + (step.n() - key.step) + ")";
    } else {
      minted = idp.keyIndependent().get(rnd.nextInt(idp.keyIndependent().size()));
      verdict = minted.ifKeyKnown();
      label = "any step";
    }
    Verdict v = verdict;
    return new Auth(
        "JWT " + label + " " + minted.label(),
        List.of(scheme + minted.compact()),
        s -> s.kind() == Kind.BEARER ? Extracted.present(v) : Extracted.ABSENT);
  }

  private static int weighted(SplittableRandom rnd, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    throw new AssertionError();
  }
}
