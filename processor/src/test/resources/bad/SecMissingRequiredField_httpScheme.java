package test;

import dev.gatehouse.annotations.HttpScheme;

/** A generic HTTP scheme without its scheme word. */
@HttpScheme(scheme = "")
final class SecMissingRequiredField_httpScheme {}
