package petstore;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * An OAuth2 access token response.
 *
 * @param accessToken the token
 * @param tokenType always {@code bearer}
 */
public record TokenResponse(
    @JsonProperty("access_token") @NotNull String accessToken,
    @JsonProperty("token_type") @NotNull String tokenType) {}
