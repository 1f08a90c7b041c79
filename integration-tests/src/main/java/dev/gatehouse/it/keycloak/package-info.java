/**
 * Endpoints protected by tokens from a real identity provider: a Keycloak realm on a fixed loopback
 * port, declared with {@code @OpenIdConnect} (discovery) and {@code @OAuth2}. The integration tests
 * start that Keycloak and verify its tokens with the runtime's JWT verifier.
 */
package dev.gatehouse.it.keycloak;
