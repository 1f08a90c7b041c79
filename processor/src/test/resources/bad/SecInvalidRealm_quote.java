package test;

import dev.gatehouse.annotations.HttpBasic;

/** A realm with a double quote, which would end the quoted string of the challenge. */
@HttpBasic(realm = "the \"staff\" area")
final class SecInvalidRealm_quote {}
