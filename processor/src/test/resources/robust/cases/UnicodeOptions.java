/*
 * case: Unicode and right-to-left characters in the document's title and description options
 * expect: success
 * option: -Agatehouse.info.title=Tïtle 🦄 ‮x
 * option: -Agatehouse.info.description=Описание עברית
 * operation: GET /p
 * json: /info/title = "Tïtle 🦄 ‮x"
 * json: /info/description = "Описание עברית"
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/p")
public interface UnicodeOptions {
  @GET
  String get();
}
