package test;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;

/** Repeated requirements on a class. */
@HttpBearer
@HttpBasic
@SecurityRequirement("HTTPBearer")
@SecurityRequirement("HTTPBasic")
final class SecNotAnEndpoint_repeated {}
