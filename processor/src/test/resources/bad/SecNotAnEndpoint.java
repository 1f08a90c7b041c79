package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;

/** A requirement on a class, which is no endpoint interface. */
@HttpBearer
@SecurityRequirement("HTTPBearer")
final class SecNotAnEndpoint {}
