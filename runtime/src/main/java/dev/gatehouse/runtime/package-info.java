/**
 * The Gatehouse runtime's public API: the {@link dev.gatehouse.runtime.RequestView} that framework
 * adapters implement, the {@link dev.gatehouse.runtime.CredentialExtractor}s that generated code
 * runs against it, their {@link dev.gatehouse.runtime.Extraction} outcomes, and the {@link
 * dev.gatehouse.runtime.Credential} values they carry.
 *
 * <p>Extraction only parses: it never verifies a credential, never logs, never throws, and every
 * credential's {@code toString()} hides its secret. Outcomes map onto the decision algorithm of the
 * project's security rules (section 1.1.1): {@code Ambiguous} answers 400, {@code Malformed}
 * answers 401, {@code Absent} lets other alternatives (or {@code {}}) decide, and {@code Present}
 * goes on to verification.
 *
 * <p>This package, {@link dev.gatehouse.runtime.spi} (what framework adapters build on) and {@code
 * .internal} (what generated code calls) make up {@code gatehouse-runtime}, the JDK-only core; JWT
 * verification, the token endpoint and each framework's adapter are artifacts of their own.
 */
package dev.gatehouse.runtime;
