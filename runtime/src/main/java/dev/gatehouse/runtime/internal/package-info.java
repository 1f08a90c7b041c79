/**
 * Helpers that generated code and Gatehouse's own artifacts call: the generated code's contract
 * ({@link dev.gatehouse.runtime.internal.GeneratedScheme}, {@link
 * dev.gatehouse.runtime.internal.GeneratedEndpoint}, {@link
 * dev.gatehouse.runtime.internal.OperationSecurity} and the extractor factories in {@link
 * dev.gatehouse.runtime.internal.Extractors}), the decision, challenge rendering ({@link
 * dev.gatehouse.runtime.internal.Challenges}, also used by {@code gatehouse-token-endpoint}), the
 * RFC 6749 scope-list parser ({@link dev.gatehouse.runtime.internal.ScopeList}, also used by {@code
 * gatehouse-jwt} and {@code gatehouse-token-endpoint}) and a simple request view for tests.
 *
 * <p>Not a public API, like {@code dagger.internal}: names and signatures may change in any
 * release, so take every Gatehouse artifact from one version ({@code gatehouse-bom}). Framework
 * adapters use {@link dev.gatehouse.runtime.spi} instead. The parsers here follow the project's
 * security rules (sections 1.1-1.3, 1.7 and 1.8, decisions P1-P6) and are written without regular
 * expressions, each linear in its input and capped before decoding.
 */
package dev.gatehouse.runtime.internal;
