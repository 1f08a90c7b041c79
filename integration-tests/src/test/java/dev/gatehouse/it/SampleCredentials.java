package dev.gatehouse.it;

/** The sample application's valid credentials, for {@link DocumentConformance}. */
public final class SampleCredentials {
  private SampleCredentials() {}

  public static DocumentConformance.Credentials get() {
    return new DocumentConformance.Credentials(
        ExampleSecurity.API_KEY,
        Http.basic(ExampleSecurity.ADMIN, ExampleSecurity.ADMIN_PASSWORD),
        java.util.Set.of("admin"),
        scopes -> Http.bearer(ExampleSecurity.demoToken(scopes.toArray(String[]::new))),
        uri -> Http.digest(uri, "GET"),
        "HOBA " + ExampleSecurity.HOBA_CREDENTIALS);
  }
}
