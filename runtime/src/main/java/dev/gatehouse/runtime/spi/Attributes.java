package dev.gatehouse.runtime.spi;

import dev.gatehouse.runtime.Authentication;

/**
 * The names under which every adapter exposes an allowed request's outcome to the application, as a
 * request attribute (Servlet, Spring MVC), request property (JAX-RS) or exchange attribute (JDK
 * {@code HttpServer}).
 */
public final class Attributes {

  /** The verified caller of an allowed request, an {@link Authentication}; absent if anonymous. */
  public static final String AUTHENTICATION = "dev.gatehouse.authentication";

  /**
   * Every verified scheme of an allowed request, a {@link dev.gatehouse.runtime.Caller}; set on
   * every allowed request, anonymous ones included.
   */
  public static final String CALLER = "dev.gatehouse.caller";

  /**
   * The operation the request was matched to, its {@link Operation#key()} such as {@code "GET
   * /items/{id}"}; set by the adapters that match routes themselves (Servlet, JDK {@code
   * HttpServer}).
   */
  public static final String OPERATION = "dev.gatehouse.operation";

  private Attributes() {}
}
