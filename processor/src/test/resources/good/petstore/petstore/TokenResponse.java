package petstore;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * An OAuth2 access token response.
 *
 * @param accessToken the token
 * @param tokenType always {@code bearer}
 * @param expiresIn the lifetime in seconds; always sent, null when the token does not expire
 */
public record TokenResponse(
    @JsonProperty("access_token") @NotNull String accessToken,
    @JsonProperty("token_type") @NotNull String tokenType,
    @JsonProperty(value = "expires_in", required = true) Long expiresIn) {}
