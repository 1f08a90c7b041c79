package dev.gatehouse.it.adapters;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/** The adapter contract, path confusion included, on Quarkus REST. */
@QuarkusTest
class QuarkusAdapterTest extends AdapterContract {
  @TestHTTPResource("/")
  URI base;

  @Override
  RawHttp http() {
    return new RawHttp(base.getPort());
  }
}
