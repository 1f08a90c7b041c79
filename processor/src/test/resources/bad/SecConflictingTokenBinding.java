package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.TokenBinding;

/** One scheme declared twice with different bindings. */
@HttpBearer(schemeName = "Auth", tokenBinding = TokenBinding.DPOP)
final class SecConflictingTokenBinding {}

@HttpBearer(schemeName = "Auth", tokenBinding = TokenBinding.MTLS)
final class SecConflictingTokenBinding_Other {}
