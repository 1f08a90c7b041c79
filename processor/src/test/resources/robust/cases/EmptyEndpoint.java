/*
 * case: an endpoint interface without any operation, and @Path on an enum, a record and a class,
 * which are no endpoint interfaces: a valid document with an empty paths object
 * expect: success
 * operations: none
 * json: /paths = {}
 */
package r;

import jakarta.ws.rs.Path;

@Path("/enum")
enum PathEnum {
  A
}

@Path("/record")
record PathRecord(String a) {}

@Path("/class")
class PathClass {}

@Path("/empty")
public interface EmptyEndpoint {}
