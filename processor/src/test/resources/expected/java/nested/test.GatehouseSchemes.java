package test;

import dev.gatehouse.runtime.ApiKey;
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
 *     .apiKeyV2(...)
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
  public static NeedsApiKeyV2 builder() {
    return builder(Gatehouse.builder());
  }

  /**
   * Starts from {@code gatehouse}, configured already (realm, Digest nonces, bearer transports,
   * verifiers of other compilations' schemes by name).
   */
  public static NeedsApiKeyV2 builder(Gatehouse.Builder gatehouse) {
    return new Steps(Objects.requireNonNull(gatehouse, "gatehouse"));
  }

  /**
   * The step that needs the verifier of scheme {@code api.key-v2}.
   */
  public interface NeedsApiKeyV2 {
    /**
     * Verifies the API keys of scheme {@code api.key-v2}, declared with {@code @ApiKeyHeader} on {@code test.Outer.Api}.
     */
    Ready apiKeyV2(Verifier<ApiKey> verifier);
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

  private static final class Steps implements NeedsApiKeyV2, Ready {
    private final Gatehouse.Builder gatehouse;

    Steps(Gatehouse.Builder gatehouse) {
      this.gatehouse = gatehouse;
    }

    @Override
    public Ready apiKeyV2(Verifier<ApiKey> verifier) {
      gatehouse.apiKey("api.key-v2", verifier);
      return this;
    }

    @Override
    public Gatehouse build() {
      return gatehouse.build();
    }
  }
}
