package dev.gatehouse.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.spi.Attributes;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;

/** What each kind of controller parameter receives from the request's verified caller. */
class AuthenticationArgumentResolverTest {
  record User(String name) {}

  record Client(String id) {}

  @SuppressWarnings({"unused", "deprecation"})
  interface Handlers {
    void all(
        Caller caller,
        Authentication first,
        Optional<Authentication> maybe,
        @dev.gatehouse.runtime.GatehousePrincipal User user,
        @dev.gatehouse.runtime.GatehousePrincipal(scheme = "APIKeyHeader") Client client,
        @dev.gatehouse.runtime.GatehousePrincipal(scheme = "HTTPBearer") Optional<Client> wrong,
        @GatehousePrincipal User legacy,
        String unrelated);
  }

  private static final User ALICE = new User("alice");
  private static final Client BOT = new Client("bot");
  private static final Caller CALLER =
      Caller.of(
          List.of(
              new Authentication("alice", "HTTPBearer", Set.of("items"), Set.of(), ALICE),
              new Authentication("bot", "APIKeyHeader", Set.of(), Set.of(), BOT)));

  private final AuthenticationArgumentResolver resolver = new AuthenticationArgumentResolver();

  @Test
  void eachParameterGetsItsPartOfTheCaller() throws Exception {
    NativeWebRequest request = requestWith(CALLER);

    assertThat(resolve(0, request)).isSameAs(CALLER);
    assertThat(resolve(1, request)).isEqualTo(CALLER.primary().orElseThrow());
    assertThat(resolve(2, request)).isEqualTo(CALLER.primary());
    assertThat(resolve(3, request)).isSameAs(ALICE);
    assertThat(resolve(4, request)).isSameAs(BOT);
    assertThat(resolve(5, request)).isEqualTo(Optional.empty());
    assertThat(resolve(6, request)).as("the deprecated MVC annotation still works").isSameAs(ALICE);
    assertThat(resolver.supportsParameter(parameter(7))).isFalse();
  }

  @Test
  void anAnonymousRequestGetsAnAnonymousCallerAndNoPrincipals() throws Exception {
    NativeWebRequest request = requestWith(null);

    assertThat(resolve(0, request)).isEqualTo(Caller.anonymous());
    assertThat(resolve(1, request)).isNull();
    assertThat(resolve(2, request)).isEqualTo(Optional.empty());
    assertThat(resolve(3, request)).isNull();
    assertThat(resolve(6, request)).isNull();
  }

  private Object resolve(int index, NativeWebRequest request) throws Exception {
    MethodParameter parameter = parameter(index);
    assertThat(resolver.supportsParameter(parameter)).isTrue();
    return resolver.resolveArgument(parameter, null, request, null);
  }

  private static MethodParameter parameter(int index) {
    Method method =
        java.util.Arrays.stream(Handlers.class.getMethods())
            .filter(m -> m.getName().equals("all"))
            .findFirst()
            .orElseThrow();
    return new MethodParameter(method, index);
  }

  /** A request whose only attribute is the caller the adapter stored. */
  private static NativeWebRequest requestWith(Caller caller) {
    return (NativeWebRequest)
        Proxy.newProxyInstance(
            NativeWebRequest.class.getClassLoader(),
            new Class<?>[] {NativeWebRequest.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getAttribute")
                  && args[0].equals(Attributes.CALLER)
                  && (int) args[1] == RequestAttributes.SCOPE_REQUEST) {
                return caller;
              }
              if (method.getName().equals("getAttribute")) {
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
