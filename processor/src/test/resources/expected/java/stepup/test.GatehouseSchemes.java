package test;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.DpopProofChecker;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.Verifier;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The verifier of every security scheme this compilation declares, one typed step per
 * scheme in scheme-name order, so that a scheme without a verifier, or with a verifier of
 * the wrong credential type, does not compile:
 *
 * <pre>{@code
 * Gatehouse gatehouse = GatehouseSchemes.builder()
 *     .bank(...)
 *     .bankDpop(...)
 *     .device(...)
 *     .build();
 * }</pre>
 *
 * <p>Start from {@link #builder(Gatehouse.Builder)} for the runtime's other settings, and for verifiers of
 * schemes that other compilations declare, registered by name.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class GatehouseSchemes {
  private GatehouseSchemes() {
  }

  /**
   * Starts from {@link Gatehouse#builder()}.
   */
  public static NeedsBank builder() {
    return builder(Gatehouse.builder());
  }

  /**
   * Starts from {@code gatehouse}, configured already (realm, Digest nonces, bearer transports,
   * verifiers of other compilations' schemes by name).
   */
  public static NeedsBank builder(Gatehouse.Builder gatehouse) {
    return new Steps(Objects.requireNonNull(gatehouse, "gatehouse"));
  }

  /**
   * The step that needs the verifier of scheme {@code Bank}.
   */
  public interface NeedsBank {
    /**
     * Verifies the bearer tokens of scheme {@code Bank}, declared with {@code @OpenIdConnect} on {@code test.PaymentsApi}.
     */
    NeedsBankDpop bank(Verifier<BearerToken> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code BankDpop}.
   */
  public interface NeedsBankDpop {
    /**
     * Verifies the bearer tokens of scheme {@code BankDpop}, declared with {@code @OpenIdConnect} on {@code test.PaymentsApi}.
     * Its tokens may be DPoP-bound ({@code tokenBinding}): {@code proofs} checks their proofs
     * (RFC 9449), as {@code Gatehouse.Builder.dpop} would.
     */
    NeedsDevice bankDpop(Verifier<BearerToken> verifier, DpopProofChecker proofs);
  }

  /**
   * The step that needs the verifier of scheme {@code Device}.
   */
  public interface NeedsDevice {
    /**
     * Verifies the API keys of scheme {@code Device}, declared with {@code @ApiKeyHeader} on {@code test.PaymentsApi}.
     */
    Ready device(Verifier<ApiKey> verifier);
  }

  /**
   * Every scheme has its verifier.
   */
  public interface Ready {
    /**
     * {@link Gatehouse.Builder#build()}: checks what javac cannot (the generated classes on the class path,
     * schemes of other compilations) and fails, naming each problem, if anything is amiss.
     */
    Gatehouse build();
  }

  private static final class Steps implements NeedsBank,
      NeedsBankDpop,
      NeedsDevice,
      Ready {
    private final Gatehouse.Builder gatehouse;

    Steps(Gatehouse.Builder gatehouse) {
      this.gatehouse = gatehouse;
    }

    @Override
    public NeedsBankDpop bank(Verifier<BearerToken> verifier) {
      gatehouse.bearer("Bank", verifier);
      return this;
    }

    @Override
    public NeedsDevice bankDpop(Verifier<BearerToken> verifier, DpopProofChecker proofs) {
      gatehouse.bearer("BankDpop", verifier);
      gatehouse.dpop("BankDpop", proofs);
      return this;
    }

    @Override
    public Ready device(Verifier<ApiKey> verifier) {
      gatehouse.apiKey("Device", verifier);
      return this;
    }

    @Override
    public Gatehouse build() {
      return gatehouse.build();
    }
  }
}
