package test;

/**
 * A user type that happens to take the name Gatehouse reserves for RFC 6749's token response.
 *
 * @param token the token
 * @param lifetime seconds
 */
public record GatehouseTokenResponse(String token, long lifetime) {}
