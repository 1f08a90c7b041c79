package dev.gatehouse.runtime.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.Gatehouse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.DispatcherHandler;
import reactor.core.scheduler.Schedulers;

/** Deciding in place refuses a Reactor Netty that stalls keep-alive connections (#4361). */
class ReactorNettyVersionTest {

  @ParameterizedTest
  @ValueSource(strings = {"1.3.6", "1.3.7", "1.3.0", "1.2.18", "0.9.25.RELEASE", "1.3.7-SNAPSHOT"})
  void versionsBeforeTheFixAreRefusedWithWhatToDo(String version) {
    assertThat(ReactorNettyVersion.older(version)).isTrue();
    assertThatThrownBy(() -> ReactorNettyVersion.requireFixed(version))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gatehouse.webflux.decide-in-place")
        .hasMessageContaining("decideInPlace")
        .hasMessageContaining("found " + version)
        .hasMessageContaining("reactor-netty#4361")
        .hasMessageContaining("1.3.8")
        .hasMessageContaining("leave deciding in place off");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.3.8", "1.3.9", "1.3.10", "1.4.0", "2.0.0-M1", "1.3.8.RELEASE"})
  void theFixAndLaterAreAccepted(String version) {
    assertThat(ReactorNettyVersion.older(version)).isFalse();
    assertThatCode(() -> ReactorNettyVersion.requireFixed(version)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "${project.version}", "v1.3.6", "unknown"})
  void versionsThatCannotBeToldAreNotRefused(String version) {
    assertThat(ReactorNettyVersion.older(version)).isFalse();
    assertThatCode(() -> ReactorNettyVersion.requireFixed(version)).doesNotThrowAnyException();
  }

  @Test
  void anUnknownVersionOrAnotherServerIsNotRefused() {
    assertThatCode(() -> ReactorNettyVersion.requireFixed(null)).doesNotThrowAnyException();
    // This module's tests run without Reactor Netty.
    assertThat(ReactorNettyVersion.onClassPath(getClass().getClassLoader())).isNull();
    assertThat(
            new GatehouseWebFilter(
                    Gatehouse.builder().generated(List.of(), List.of()).realm("test").build(),
                    new DispatcherHandler(),
                    Schedulers.boundedElastic(),
                    ServerCodecConfigurer.create(),
                    true)
                .decidesInPlace())
        .isTrue();
  }
}
