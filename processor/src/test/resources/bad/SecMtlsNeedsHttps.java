package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.TokenBinding;

/** Certificate-bound tokens, but a server URL without TLS. */
@HttpBearer(tokenBinding = TokenBinding.MTLS)
final class SecMtlsNeedsHttps {}
