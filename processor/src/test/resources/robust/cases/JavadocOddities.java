/*
 * case: malformed and empty Javadoc: empty comments, tags without names or text, an unclosed
 * inline tag, HTML, entities, a parameter documented twice and one that does not exist
 * expect: success
 * operation: GET /p/a
 * operation: GET /p/b
 * operation: GET /p/c
 * operation: GET /p/d
 * operation: GET /p/e
 * json: /paths/~1p~1a/get/summary = missing
 * json: /paths/~1p~1b/get/deprecated = true
 * json: /paths/~1p~1d/get/summary = "Summary without period"
 * json: /paths/~1p~1e/get/summary = missing
 * json: /tags = [{"name": "JavadocOddities"}]
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** */
@Path("/p")
public interface JavadocOddities {
  /**
   * @param
   * @return
   * @throws
   * {@link
   */
  @GET
  @Path("a")
  String a(@QueryParam("q") String q);

  /**
   * {@code unclosed <b>html</b> &amp; &#x1F984; @ not a tag
   *
   * @param q
   * @param q twice
   * @param nonexistent text
   * @deprecated
   * @see
   */
  @Deprecated
  @GET
  @Path("b")
  String b(@QueryParam("q") String q);

  /***/
  @GET
  @Path("c")
  String c();

  /** Summary without period {@inheritDoc}
   *
   *
   * @return {@code null} */
  @GET
  @Path("d")
  String d();

  /**
   *
   */
  @GET
  @Path("e")
  String e();
}
