package dev.gatehouse.it.adapters;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/**
 * The adapter contract of the Servlet and JDK {@code HttpServer} adapters, path confusion included,
 * on Quarkus REST: whatever spelling Quarkus routes to a resource method, that method's operation
 * is the one enforced. In {@link AdapterContract}'s package, which it keeps private.
 */
@QuarkusTest
class QuarkusAdapterTest extends AdapterContract {
  @TestHTTPResource("/")
  URI base;

  @Override
  RawHttp http() {
    return new RawHttp(base.getPort());
  }
}
