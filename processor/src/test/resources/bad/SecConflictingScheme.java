package test;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;

/** Two types give the scheme name "Auth" to different schemes. */
@HttpBearer(schemeName = "Auth")
final class SecConflictingScheme {}

@HttpBasic(schemeName = "Auth")
final class SecConflictingScheme_Other {}
