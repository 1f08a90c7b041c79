package dev.gatehouse.runtime.jwt.dpop;

import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.CLIENT;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.claims;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.dpopToken;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.proof;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.ProtectedResourceMetadata;
import dev.gatehouse.runtime.jwt.DpopNonces;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.spi.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RFC 9728 section 5.1 for DPoP: where the protected-resource metadata is served, DPoP challenges
 * name it as Bearer challenges do, in every refusal that carries one, and not when challenges are
 * configured to leave it out.
 */
class DpopChallengeMetadataTest {
  static final String TOKEN = dpopToken(CLIENT);
  static final String ALGS = ", algs=\"" + SenderGatehouse.ALGS + "\"";
  static final String NAMED =
      ", resource_metadata=\"https://api.example.com/.well-known/oauth-protected-resource/accounts\"";
  static final ProtectedResourceMetadata METADATA =
      ProtectedResourceMetadata.of(
          "{\n  \"resource\": \"https://api.example.com/accounts\",\n  \"scopes_supported\": [\"read\"]\n}\n");
  static final DpopNonces NONCES =
      DpopNonces.builder("a nonce key for the metadata tests".getBytes(StandardCharsets.US_ASCII))
          .clock(DpopFixture.CLOCK)
          .build();

  static SenderGatehouse gatehouse(boolean inChallenges) {
    return new SenderGatehouse(
        DpopProofVerifier.builder().clock(DpopFixture.CLOCK).nonces(NONCES).build(),
        b ->
            b.protectedResourceMetadata(METADATA)
                // The fixture's tokens name the audience api://test, not the resource.
                .requireResourceAudience(false)
                .resourceMetadataInChallenges(inChallenges));
  }

  static final SenderGatehouse NAMING = gatehouse(true);

  static Decision.Deny deny(SenderGatehouse g, String scheme, DpopFixture.Request r) {
    return (Decision.Deny) g.decide(scheme, r);
  }

  static String withNonce() {
    Map<String, Object> c = claims(TOKEN);
    c.put("nonce", NONCES.issue());
    return proof(CLIENT, JWSAlgorithm.ES256, c);
  }

  @Test
  void aRequestWithoutCredentialsGetsADpopChallengeNamingTheMetadata() {
    assertThat(deny(NAMING, "Dpop", request()).challenges())
        .containsExactly("DPoP realm=\"test\"" + ALGS + NAMED);
    // Either binding: both challenges name it.
    assertThat(deny(NAMING, "Either", request()).challenges())
        .containsExactly("Bearer realm=\"test\"" + NAMED, "DPoP realm=\"test\"" + ALGS + NAMED);
  }

  @Test
  void proofAndTokenErrorsNameTheMetadataOnce() {
    Map<String, Object> c = claims(TOKEN);
    c.put("htm", "POST");
    c.put("nonce", NONCES.issue());
    assertThat(
            deny(NAMING, "Dpop", request().dpop(TOKEN, proof(CLIENT, JWSAlgorithm.ES256, c)))
                .challenges())
        .containsExactly(
            "DPoP realm=\"test\", error=\"invalid_dpop_proof\", error_description=\"The DPoP proof htm"
                + " does not match the request method\""
                + ALGS
                + NAMED);
    // A bound token sent as Bearer: the error challenge replaces the plain one.
    assertThat(
            deny(NAMING, "Dpop", request().bearer(TOKEN).header("DPoP", withNonce())).challenges())
        .containsExactly(
            "DPoP realm=\"test\", error=\"invalid_token\", error_description=\"A DPoP-bound access"
                + " token must use the DPoP scheme\""
                + ALGS
                + NAMED);
    // A malformed token.
    assertThat(deny(NAMING, "Dpop", request().header("Authorization", "DPoP a b")).challenges())
        .allMatch(ch -> ch.endsWith(NAMED))
        .anyMatch(ch -> ch.startsWith("DPoP realm=\"test\", error=\"invalid_token\""));
  }

  @Test
  void theNonceChallengeNamesTheMetadataAndCarriesTheNonce() {
    Decision.Deny deny =
        deny(
            NAMING,
            "Dpop",
            request().dpop(TOKEN, proof(CLIENT, JWSAlgorithm.ES256, claims(TOKEN))));
    assertThat(deny.challenges())
        .containsExactly(
            "DPoP realm=\"test\", error=\"use_dpop_nonce\", error_description=\"The DPoP proof must"
                + " carry the server's nonce\""
                + ALGS
                + NAMED);
    Refusal refusal = Refusal.of(deny);
    assertThat(refusal.headers().stream().map(Refusal.Header::name))
        .containsExactly("WWW-Authenticate", "DPoP-Nonce", "Cache-Control", "Content-Type");
    assertThat(NONCES.isValid(refusal.headers().get(1).value())).isTrue();
    // The retry with that nonce is let in.
    Map<String, Object> c = claims(TOKEN);
    c.put("nonce", refusal.headers().get(1).value());
    assertThat(NAMING.decide("Dpop", request().dpop(TOKEN, proof(CLIENT, JWSAlgorithm.ES256, c))))
        .isInstanceOf(Decision.Allow.class);
  }

  @Test
  void challengesCanLeaveTheMetadataOut() {
    SenderGatehouse quiet = gatehouse(false);
    assertThat(deny(quiet, "Dpop", request()).challenges())
        .containsExactly("DPoP realm=\"test\"" + ALGS);
    assertThat(
            deny(
                    quiet,
                    "Dpop",
                    request().dpop(TOKEN, proof(CLIENT, JWSAlgorithm.ES256, claims(TOKEN))))
                .challenges())
        .allMatch(ch -> !ch.contains("resource_metadata"));
  }
}
