package test;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.DigestUserStore;
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
 *     .apiKeyCookie(...)
 *     .apiKeyHeader(...)
 *     .everything(...)
 *     .httpBase(...)
 *     .httpBasic(...)
 *     .httpBearer(...)
 *     .httpDigest(...)
 *     .oauth2AuthorizationCodeBearer(...)
 *     .openIdConnect(...)
 *     .packageBearer(...)
 *     .queryKey(...)
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
  public static NeedsApiKeyCookie builder() {
    return builder(Gatehouse.builder());
  }

  /**
   * Starts from {@code gatehouse}, configured already (realm, Digest nonces, bearer transports,
   * verifiers of other compilations' schemes by name).
   */
  public static NeedsApiKeyCookie builder(Gatehouse.Builder gatehouse) {
    return new Steps(Objects.requireNonNull(gatehouse, "gatehouse"));
  }

  /**
   * The step that needs the verifier of scheme {@code APIKeyCookie}.
   */
  public interface NeedsApiKeyCookie {
    /**
     * Verifies the API keys of scheme {@code APIKeyCookie}, declared with {@code @ApiKeyCookie} on {@code test.Schemes}.
     */
    NeedsApiKeyHeader apiKeyCookie(Verifier<ApiKey> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code APIKeyHeader}.
   */
  public interface NeedsApiKeyHeader {
    /**
     * Verifies the API keys of scheme {@code APIKeyHeader}, declared with {@code @ApiKeyHeader} on {@code test.Schemes}.
     */
    NeedsEverything apiKeyHeader(Verifier<ApiKey> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code Everything}.
   */
  public interface NeedsEverything {
    /**
     * Verifies the bearer tokens of scheme {@code Everything}, declared with {@code @OAuth2} on {@code test.Schemes}.
     */
    NeedsHttpBase everything(Verifier<BearerToken> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code HTTPBase}.
   */
  public interface NeedsHttpBase {
    /**
     * Verifies the credentials of scheme {@code HTTPBase}, declared with {@code @HttpScheme} on {@code test.Schemes}.
     */
    NeedsHttpBasic httpBase(Verifier<AuthorizationCredentials> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code HTTPBasic}.
   */
  public interface NeedsHttpBasic {
    /**
     * Verifies the user names and passwords of scheme {@code HTTPBasic}, declared with {@code @HttpBasic} on {@code test.Schemes}.
     */
    NeedsHttpBearer httpBasic(Verifier<BasicCredentials> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code HTTPBearer}.
   */
  public interface NeedsHttpBearer {
    /**
     * Verifies the bearer tokens of scheme {@code HTTPBearer}, declared with {@code @HttpBearer} on {@code test.Schemes}.
     */
    NeedsHttpDigest httpBearer(Verifier<BearerToken> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code HTTPDigest}.
   */
  public interface NeedsHttpDigest {
    /**
     * Finds the stored {@code H(username ":" realm ":" password)} of the users of scheme {@code HTTPDigest}, declared with {@code @HttpDigest} on {@code test.Schemes}.
     */
    NeedsOauth2AuthorizationCodeBearer httpDigest(DigestUserStore users);
  }

  /**
   * The step that needs the verifier of scheme {@code OAuth2AuthorizationCodeBearer}.
   */
  public interface NeedsOauth2AuthorizationCodeBearer {
    /**
     * Verifies the bearer tokens of scheme {@code OAuth2AuthorizationCodeBearer}, declared with {@code @OAuth2AuthorizationCodeBearer} on {@code test.Schemes}.
     */
    NeedsOpenIdConnect oauth2AuthorizationCodeBearer(Verifier<BearerToken> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code OpenIdConnect}.
   */
  public interface NeedsOpenIdConnect {
    /**
     * Verifies the bearer tokens of scheme {@code OpenIdConnect}, declared with {@code @OpenIdConnect} on {@code test.Schemes}.
     */
    NeedsPackageBearer openIdConnect(Verifier<BearerToken> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code PackageBearer}.
   */
  public interface NeedsPackageBearer {
    /**
     * Verifies the bearer tokens of scheme {@code PackageBearer}, declared with {@code @HttpBearer} on {@code package test}.
     */
    NeedsQueryKey packageBearer(Verifier<BearerToken> verifier);
  }

  /**
   * The step that needs the verifier of scheme {@code QueryKey}.
   */
  public interface NeedsQueryKey {
    /**
     * Verifies the API keys of scheme {@code QueryKey}, declared with {@code @ApiKeyQuery} on {@code test.Schemes}.
     */
    Ready queryKey(Verifier<ApiKey> verifier);
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

  private static final class Steps implements NeedsApiKeyCookie,
      NeedsApiKeyHeader,
      NeedsEverything,
      NeedsHttpBase,
      NeedsHttpBasic,
      NeedsHttpBearer,
      NeedsHttpDigest,
      NeedsOauth2AuthorizationCodeBearer,
      NeedsOpenIdConnect,
      NeedsPackageBearer,
      NeedsQueryKey,
      Ready {
    private final Gatehouse.Builder gatehouse;

    Steps(Gatehouse.Builder gatehouse) {
      this.gatehouse = gatehouse;
    }

    @Override
    public NeedsApiKeyHeader apiKeyCookie(Verifier<ApiKey> verifier) {
      gatehouse.apiKey("APIKeyCookie", verifier);
      return this;
    }

    @Override
    public NeedsEverything apiKeyHeader(Verifier<ApiKey> verifier) {
      gatehouse.apiKey("APIKeyHeader", verifier);
      return this;
    }

    @Override
    public NeedsHttpBase everything(Verifier<BearerToken> verifier) {
      gatehouse.bearer("Everything", verifier);
      return this;
    }

    @Override
    public NeedsHttpBasic httpBase(Verifier<AuthorizationCredentials> verifier) {
      gatehouse.http("HTTPBase", verifier);
      return this;
    }

    @Override
    public NeedsHttpBearer httpBasic(Verifier<BasicCredentials> verifier) {
      gatehouse.basic("HTTPBasic", verifier);
      return this;
    }

    @Override
    public NeedsHttpDigest httpBearer(Verifier<BearerToken> verifier) {
      gatehouse.bearer("HTTPBearer", verifier);
      return this;
    }

    @Override
    public NeedsOauth2AuthorizationCodeBearer httpDigest(DigestUserStore users) {
      gatehouse.digest("HTTPDigest", users);
      return this;
    }

    @Override
    public NeedsOpenIdConnect oauth2AuthorizationCodeBearer(Verifier<BearerToken> verifier) {
      gatehouse.bearer("OAuth2AuthorizationCodeBearer", verifier);
      return this;
    }

    @Override
    public NeedsPackageBearer openIdConnect(Verifier<BearerToken> verifier) {
      gatehouse.bearer("OpenIdConnect", verifier);
      return this;
    }

    @Override
    public NeedsQueryKey packageBearer(Verifier<BearerToken> verifier) {
      gatehouse.bearer("PackageBearer", verifier);
      return this;
    }

    @Override
    public Ready queryKey(Verifier<ApiKey> verifier) {
      gatehouse.apiKey("QueryKey", verifier);
      return this;
    }

    @Override
    public Gatehouse build() {
      return gatehouse.build();
    }
  }
}
