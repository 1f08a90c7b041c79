package test;

import dev.gatehouse.annotations.HttpScheme;

/** DPoP as a bare HTTP scheme: nothing would check the proof. */
@HttpScheme(scheme = "DPoP", schemeName = "Dpop")
final class SecDpopNeedsTokenScheme {}
