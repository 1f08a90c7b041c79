package test;

import dev.gatehouse.annotations.HttpBasic;

/** A realm with a backslash, which quoted strings treat as an escape. */
@HttpBasic(realm = "corp\\staff")
final class SecInvalidRealm_backslash {}
