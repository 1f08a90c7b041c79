package dev.gatehouse.runtime.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the operation a framework's chosen handler method implements. */
class HandlerOperationsTest {

  /** An endpoint interface as users write it. */
  interface ItemsApi {
    String item(java.util.UUID id);

    String items(int page, String[] tags);
  }

  /** Inherits the endpoint through another interface. */
  interface MoreItems extends ItemsApi {
    String extra();
  }

  static class Resource implements MoreItems {
    @Override
    public String item(java.util.UUID id) {
      return "";
    }

    @Override
    public String items(int page, String[] tags) {
      return "";
    }

    @Override
    public String extra() {
      return "";
    }

    public String item(String overload) {
      return overload;
    }
  }

  static class SubResource extends Resource {}

  private static final HandlerOperations HANDLERS =
      HandlerOperations.of(
          Gatehouse.builder()
              .generated(
                  List.of(),
                  List.of(
                      endpoint(
                          ItemsApi.class.getName(),
                          OperationSecurity.open("item(java.util.UUID)", "GET", "/items/{id}"),
                          OperationSecurity.open("items(int,java.lang.String[])", "GET", "/items"),
                          OperationSecurity.open("items(int,java.lang.String[])", "GET", "/all"))))
              .realm("test")
              .build());

  private static GeneratedEndpoint endpoint(String name, OperationSecurity... operations) {
    return new GeneratedEndpoint() {
      @Override
      public String endpointInterface() {
        return name;
      }

      @Override
      public List<OperationSecurity> operations() {
        return List.of(operations);
      }

      @Override
      public String documentTitle() {
        return "Test";
      }
    };
  }

  @Test
  void findsTheOperationByTheInterfacesTheHandlerClassImplements() throws Exception {
    Method item = Resource.class.getMethod("item", java.util.UUID.class);
    assertThat(HANDLERS.find(Resource.class, item)).map(Operation::key).contains("GET /items/{id}");
    assertThat(HANDLERS.find(SubResource.class, item))
        .map(Operation::key)
        .contains("GET /items/{id}");
    assertThat(HANDLERS.find(Resource.class, item))
        .map(Operation::endpointInterface)
        .contains(ItemsApi.class.getName());
  }

  @Test
  void aMethodMappedToSeveralRoutesFindsItsFirst() throws Exception {
    Method items = Resource.class.getMethod("items", int.class, String[].class);
    assertThat(HANDLERS.find(Resource.class, items)).map(Operation::key).contains("GET /items");
  }

  @Test
  void methodsOfNoEndpointAreNoOperation() throws Exception {
    assertThat(HANDLERS.find(Resource.class, Resource.class.getMethod("extra"))).isEmpty();
    assertThat(HANDLERS.find(Resource.class, Resource.class.getMethod("item", String.class)))
        .isEmpty();
    assertThat(HANDLERS.find(Object.class, Object.class.getMethod("toString"))).isEmpty();
  }
}
