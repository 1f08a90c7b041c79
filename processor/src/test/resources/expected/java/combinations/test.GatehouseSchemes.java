package test;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
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
 *     .apiKeyHeader(...)
 *     .httpBasic(...)
 *     .httpBearer(...)
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
  public static NeedsApiKeyHeader builder() {
    return builder(Gatehouse.builder());
  }

  /**
   * Starts from {@code gatehouse}, configured already (realm, Digest nonces, bearer transports,
   * verifiers of other compilations' schemes by name).
   */
  public static NeedsApiKeyHeader builder(Gatehouse.Builder gatehouse) {
    return new Steps(Objects.requireNonNull(gatehouse, "gatehouse"));
  }

  /**
   * The step that needs the verifier of scheme {@code APIKeyHeader}.
   */
  public interface NeedsApiKeyHeader {
    /**
     * Verifies the API keys of scheme {@code APIKeyHeader}, declared with {@code @ApiKeyHeader} on {@code test.CombinedApi}.
     */
    NeedsHttpBasic apiKeyHeader(Verifier<ApiKey> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code HTTPBasic}.
   */
  public interface NeedsHttpBasic {
    /**
     * Verifies the user names and passwords of scheme {@code HTTPBasic}, declared with {@code @HttpBasic} on {@code test.CombinedApi}.
     */
    NeedsHttpBearer httpBasic(Verifier<BasicCredentials> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code HTTPBearer}.
   */
  public interface NeedsHttpBearer {
    /**
     * Verifies the bearer tokens of scheme {@code HTTPBearer}, declared with {@code @HttpBearer} on {@code test.CombinedApi}.
     */
    Ready httpBearer(Verifier<BearerToken> verifier);
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

  private static final class Steps implements NeedsApiKeyHeader,
      NeedsHttpBasic,
      NeedsHttpBearer,
      Ready {
    private final Gatehouse.Builder gatehouse;

    Steps(Gatehouse.Builder gatehouse) {
      this.gatehouse = gatehouse;
    }

    @Override
    public NeedsHttpBasic apiKeyHeader(Verifier<ApiKey> verifier) {
      gatehouse.apiKey("APIKeyHeader", verifier);
      return this;
    }

    @Override
    public NeedsHttpBearer httpBasic(Verifier<BasicCredentials> verifier) {
      gatehouse.basic("HTTPBasic", verifier);
      return this;
    }

    @Override
    public Ready httpBearer(Verifier<BearerToken> verifier) {
      gatehouse.bearer("HTTPBearer", verifier);
      return this;
    }

    @Override
    public Gatehouse build() {
      return gatehouse.build();
    }
  }
}
