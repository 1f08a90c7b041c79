package dev.gatehouse.runtime;

/**
 * A credential as extracted from a request, not yet verified; {@code toString()} never reveals its
 * secret.
 *
 * <p>{@code equals} and {@code hashCode} do compare secrets, in ordinary (not constant) time: use
 * them in tests, never to verify a credential.
 */
public sealed interface Credential
    permits ApiKey, AuthorizationCredentials, BasicCredentials, BearerToken, DigestCredentials {}
