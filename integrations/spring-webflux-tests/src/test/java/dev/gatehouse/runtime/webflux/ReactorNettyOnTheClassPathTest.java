package dev.gatehouse.runtime.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The version check reads the Reactor Netty this application really runs (its jar's manifest), so a
 * too-old one cannot slip past as "unknown".
 */
class ReactorNettyOnTheClassPathTest {

  @Test
  void theVersionOfTheReactorNettyServingTheseTestsIsFound() {
    assertThat(ReactorNettyVersion.onClassPath(getClass().getClassLoader())).isEqualTo("1.3.8");
  }
}
