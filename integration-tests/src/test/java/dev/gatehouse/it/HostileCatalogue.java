package dev.gatehouse.it;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The project's own hostile catalogue rows, run on every adapter (JAX-RS on the JDK server, Spring
 * MVC, the Servlet filter on Jetty, the JDK {@code HttpServer} filter) through each suite's own
 * client. Issue 21's requests are here: the form-body bearer transport with one and two transports,
 * forged and replayed Digest answers, and Digest answers bound to another method.
 *
 * <p>Every row checks the status and the exact challenges; every refusal must carry {@code
 * Cache-Control: no-store}, no row may answer 5xx, and no answer may echo the token sent.
 */
public final class HostileCatalogue {

  /** What a server answered. */
  public record Reply(int status, List<String> challenges, String cacheControl, String body) {}

  /** Sends one request: method, target, body (null for none), then name/value header pairs. */
  @FunctionalInterface
  public interface Client {
    Reply send(String method, String target, String body, String... headers);
  }

  /**
   * One row.
   *
   * @param expectedBody a fragment the body must contain (the handler's answer for controls)
   * @param repeat send the request twice and judge the second answer (replays)
   */
  record Row(
      String id,
      String description,
      String method,
      String target,
      String body,
      List<String> headers,
      int status,
      Function<String, List<String>> challenges,
      String expectedBody,
      boolean repeat) {}

  private static final String FORM = "application/x-www-form-urlencoded";

  /**
   * What the sample services' demo verifiers accept (literals: the Spring suite runs this class
   * without the Jersey service's classes): a bearer token granting no scope, the Digest user.
   */
  private static final String TOKEN = "demo-";

  private static final String DIGEST_USER = "digest-user";
  private static final String DIGEST_PASSWORD = "digest password";

  private HostileCatalogue() {}

  /** The rows, for a service whose bearer and Digest realm is {@code realm}. */
  static List<Row> rows(String realm) {
    Function<String, List<String>> none = r -> List.of();
    Function<String, List<String>> br =
        r -> List.of("Bearer realm=\"" + r + "\", error=\"invalid_request\"");
    Function<String, List<String>> bt =
        r -> List.of("Bearer realm=\"" + r + "\", error=\"invalid_token\"");
    Function<String, List<String>> digest =
        r ->
            List.of(
                "Digest realm=\""
                    + r
                    + "\", qop=\"auth\", algorithm=SHA-256, nonce=\"*\","
                    + " opaque=\"*\", charset=UTF-8",
                "Digest realm=\""
                    + r
                    + "\", qop=\"auth\", algorithm=SHA-512-256, nonce=\"*\","
                    + " opaque=\"*\", charset=UTF-8");
    String user = DIGEST_USER;
    String password = DIGEST_PASSWORD;
    String valid = Http.digest("/kinds/digest", "GET", realm, user, password);
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "I21-H01",
            "control: token in the form body (RFC 6750 2.2), body handed on",
            "POST",
            "/kinds/form",
            "access_token=" + TOKEN + "&note=hello",
            List.of("Content-Type", FORM),
            200,
            none,
            "\"operation\":\"form:hello\",\"user\":\"token-user\"",
            false));
    rows.add(
        new Row(
            "I21-H02",
            "control: header token, a form without one reaches the handler whole",
            "POST",
            "/kinds/form",
            "note=whole",
            List.of("Content-Type", FORM, "Authorization", "Bearer " + TOKEN),
            200,
            none,
            "\"operation\":\"form:whole\",\"user\":\"token-user\"",
            false));
    rows.add(
        new Row(
            "I21-H03",
            "query and form body both carry a token (issue 21)",
            "POST",
            "/kinds/form?access_token=" + TOKEN,
            "access_token=" + TOKEN,
            List.of("Content-Type", FORM),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H04",
            "header and form body both carry a token",
            "POST",
            "/kinds/form",
            "access_token=" + TOKEN,
            List.of("Content-Type", FORM, "Authorization", "Bearer " + TOKEN),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H05",
            "header and query both carry a token",
            "POST",
            "/kinds/form?access_token=" + TOKEN,
            "note=x",
            List.of("Content-Type", FORM, "Authorization", "Bearer " + TOKEN),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H06",
            "access_token twice in the form body",
            "POST",
            "/kinds/form",
            "access_token=" + TOKEN + "&access_token=" + TOKEN,
            List.of("Content-Type", FORM),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H07",
            "empty access_token in the form body",
            "POST",
            "/kinds/form",
            "access_token=",
            List.of("Content-Type", FORM),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H08",
            "a Latin-1 form may hide a second token: refused, not ignored",
            "POST",
            "/kinds/form",
            "access_token=" + TOKEN,
            List.of(
                "Content-Type", FORM + "; charset=ISO-8859-1", "Authorization", "Bearer " + TOKEN),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H09",
            "bad percent-encoding in the form body",
            "POST",
            "/kinds/form",
            "access_token=" + TOKEN + "&n=%zz",
            List.of("Content-Type", FORM),
            400,
            br,
            null,
            false));
    String big = "note=" + "a".repeat(64 * 1024) + "&access_token=" + TOKEN;
    rows.add(
        new Row(
            "I21-H10",
            "header token and a form body over 64 KiB that may hide another",
            "POST",
            "/kinds/form",
            big,
            List.of("Content-Type", FORM, "Authorization", "Bearer " + TOKEN),
            400,
            br,
            null,
            false));
    rows.add(
        new Row(
            "I21-H12",
            "a form body over 64 KiB cannot be read for its token",
            "POST",
            "/kinds/form",
            big,
            List.of("Content-Type", FORM),
            401,
            bt,
            null,
            false));
    rows.add(
        new Row(
            "I21-H11",
            "control: a token in the query alone (transport enabled)",
            "POST",
            "/kinds/form?access_token=" + TOKEN,
            "note=q",
            List.of("Content-Type", FORM),
            200,
            none,
            "\"operation\":\"form:q\"",
            false));
    rows.add(
        new Row(
            "I21-D01",
            "control: Digest answer over a server nonce",
            "GET",
            "/kinds/digest",
            null,
            List.of("Authorization", valid),
            200,
            none,
            "\"user\":\"digest-user\",\"scheme\":\"HTTPDigest\"",
            false));
    rows.add(
        new Row(
            "I21-D02",
            "the issue's forged nonce with a correct KD and someone else's opaque",
            "GET",
            "/kinds/digest",
            null,
            List.of("Authorization", forged(realm, user, password)),
            401,
            digest,
            null,
            false));
    rows.add(
        new Row(
            "I21-D03",
            "server nonce, correct response, opaque not the server's",
            "GET",
            "/kinds/digest",
            null,
            List.of(
                "Authorization",
                valid.replaceFirst("opaque=\"[0-9a-f]+\"", "opaque=\"not-the-servers\"")),
            401,
            digest,
            null,
            false));
    rows.add(
        new Row(
            "I21-D04",
            "the same nonce count twice (replay)",
            "GET",
            "/kinds/digest",
            null,
            List.of("Authorization", Http.digest("/kinds/digest", "GET", realm, user, password)),
            401,
            digest,
            null,
            true));
    rows.add(
        new Row(
            "I21-D05",
            "answer computed for POST sent with GET (method bound)",
            "GET",
            "/kinds/digest",
            null,
            List.of("Authorization", Http.digest("/kinds/digest", "POST", realm, user, password)),
            401,
            digest,
            null,
            false));
    rows.add(
        new Row(
            "I21-D06",
            "algorithm MD5",
            "GET",
            "/kinds/digest",
            null,
            List.of(
                "Authorization",
                Http.digest("/kinds/digest", "GET", realm, user, password)
                    .replace("algorithm=SHA-256", "algorithm=MD5")),
            401,
            digest,
            null,
            false));
    rows.add(
        new Row(
            "I21-D07",
            "qop=auth-int",
            "GET",
            "/kinds/digest",
            null,
            List.of(
                "Authorization",
                Http.digest("/kinds/digest", "GET", realm, user, password)
                    .replace("qop=auth", "qop=auth-int")),
            401,
            digest,
            null,
            false));
    rows.add(
        new Row(
            "I21-D08",
            "uri names another resource",
            "GET",
            "/kinds/digest",
            null,
            List.of("Authorization", Http.digest("/kinds/other", "GET", realm, user, password)),
            400,
            none,
            null,
            false));
    return rows;
  }

  /** The request: a client-made nonce, a correct KD over it, a made-up opaque. */
  private static String forged(String realm, String user, String password) {
    return Http.digest(
        dev.gatehouse.runtime.DigestAlgorithm.SHA_256,
        "/kinds/digest",
        "GET",
        realm,
        user,
        password,
        "00112233445566778899aabbccddeeff",
        "not-the-servers",
        "00000001");
  }

  /** Runs every row; returns one line per failed check, empty when all pass. */
  public static List<String> run(Client client, String realm) {
    List<String> failures = new ArrayList<>();
    for (Row row : rows(realm)) {
      String[] headers = row.headers().toArray(new String[0]);
      Reply reply = client.send(row.method(), row.target(), row.body(), headers);
      if (row.repeat()) {
        reply = client.send(row.method(), row.target(), row.body(), headers);
      }
      String where = row.id() + " (" + row.description() + "): ";
      if (reply.status() >= 500) {
        failures.add(where + "5xx " + reply.status());
      }
      if (reply.status() != row.status()) {
        failures.add(where + "status " + reply.status() + " instead of " + row.status());
      }
      List<String> challenges = new ArrayList<>();
      for (String c : reply.challenges()) {
        challenges.add(c.replaceAll("(nonce|opaque)=\"[0-9a-f]+\"", "$1=\"*\""));
      }
      List<String> expected = row.challenges().apply(realm);
      if (!challenges.equals(expected)) {
        failures.add(where + "challenges " + challenges + " instead of " + expected);
      }
      if (row.status() >= 400 && !"no-store".equals(reply.cacheControl())) {
        failures.add(where + "no Cache-Control: no-store");
      }
      if (row.expectedBody() != null && !reply.body().contains(row.expectedBody())) {
        failures.add(where + "body " + reply.body() + " lacks " + row.expectedBody());
      }
      if (row.status() >= 400 && reply.body().contains(TOKEN)) {
        failures.add(where + "the token was echoed");
      }
      if (row.status() >= 400 && reply.body().contains("operation")) {
        failures.add(where + "the handler ran: " + reply.body());
      }
    }
    return failures;
  }
}
