/*
 * case: invalid processor options beside a valid endpoint: each is named in one error without a
 * position, and nothing is written
 * expect: failure
 * option: -Agatehouse.openapi.version=4.0
 * option: -Agatehouse.servers=not a url,,ftp://x
 * option: -Agatehouse.info.title=
 * option: -Agatehouse.openapi.path=a//b.json
 * error: [SecInvalidOption] Processor option -Agatehouse.openapi.version="4.0" is invalid @ -
 * error: [SecInvalidOption] Processor option -Agatehouse.servers="not a url,,ftp://x" is invalid @ -
 * error: [SecInvalidOption] Processor option -Agatehouse.info.title="" is invalid @ -
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/p")
@SecurityRequirement("HTTPBasic")
public interface InvalidOptions {
  @GET
  String get();
}
