package dev.gatehouse.runtime.jwt.dpop;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.ClientCertificates;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.util.List;
import java.util.Set;

/**
 * A Gatehouse with four token schemes, as the processor's generated classes would describe them:
 * {@code Dpop} (DPOP), {@code Mtls} (MTLS, certificates also from the header {@code X-Client-Cert}
 * when sent by the proxy 10.0.0.1), {@code Either} (DPOP_OR_MTLS) and {@code Plain}.
 */
public final class SenderGatehouse {
  public static final String PROXY = "10.0.0.1";
  public static final String CERT_HEADER = "X-Client-Cert";
  public static final String ALGS = "ES256 ES384 ES512 PS256 PS384 PS512 RS256 RS384 RS512";

  private final Gatehouse gatehouse;

  public SenderGatehouse() {
    this(DpopProofVerifier.builder().clock(DpopFixture.CLOCK).build());
  }

  public SenderGatehouse(DpopProofVerifier proofs) {
    JwtVerifier tokens =
        JwtVerifier.builder()
            .issuer(DpopFixture.ISSUER)
            .audience(DpopFixture.AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .keys(DpopFixture.issuerKeys())
            .clock(DpopFixture.CLOCK)
            .build();
    gatehouse =
        Gatehouse.builder()
            .realm("test")
            .generated(
                List.of(
                    scheme("Dpop", SenderConstraint.DPOP),
                    scheme("Mtls", SenderConstraint.MTLS),
                    scheme("Either", SenderConstraint.DPOP_OR_MTLS),
                    scheme("Plain", SenderConstraint.NONE)),
                List.of(endpoint()))
            .bearer("Dpop", tokens)
            .bearer("Mtls", tokens)
            .bearer("Either", tokens)
            .bearer("Plain", tokens)
            .dpop("Dpop", proofs)
            .dpop("Either", proofs)
            .clientCertificates(
                "Mtls", ClientCertificates.fromTrustedProxy(CERT_HEADER, Set.of(PROXY)))
            .build();
  }

  /** The decision for the operation protected by {@code scheme}. */
  public Decision decide(String scheme, RequestView request) {
    return gatehouse.operations().stream()
        .filter(o -> o.signature().equals(scheme.toLowerCase(java.util.Locale.ROOT) + "()"))
        .findFirst()
        .orElseThrow()
        .decide(request);
  }

  private static GeneratedScheme scheme(String name, SenderConstraint constraint) {
    SchemeDefinition definition =
        new SchemeDefinition(name, SchemeKind.BEARER, "", "", Extractors.bearer());
    return new GeneratedScheme() {
      @Override
      public SchemeDefinition definition() {
        return definition;
      }

      @Override
      public SenderConstraint senderConstraint() {
        return constraint;
      }
    };
  }

  private static GeneratedEndpoint endpoint() {
    List<OperationSecurity> operations =
        List.of("Dpop", "Mtls", "Either", "Plain").stream()
            .map(
                s ->
                    OperationSecurity.required(
                        s.toLowerCase(java.util.Locale.ROOT) + "()",
                        "GET",
                        "/accounts",
                        false,
                        List.of(SchemeRequirement.of(s))))
            .toList();
    return new GeneratedEndpoint() {
      @Override
      public String endpointInterface() {
        return "test.AccountsApi";
      }

      @Override
      public List<OperationSecurity> operations() {
        return operations;
      }

      @Override
      public String documentTitle() {
        return "Accounts";
      }
    };
  }
}
