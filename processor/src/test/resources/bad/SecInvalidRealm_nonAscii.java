package test;

import dev.gatehouse.annotations.HttpBasic;

/** A realm with a non-ASCII letter. */
@HttpBasic(realm = "Zürich")
final class SecInvalidRealm_nonAscii {}
