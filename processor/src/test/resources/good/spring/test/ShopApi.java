package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/** A Spring MVC endpoint interface: class prefix, every mapping and every parameter source. */
@ApiKeyHeader(name = "X-API-Key")
@HttpBasic
@RequestMapping(path = "/shop/", produces = "application/json")
@SecurityRequirement("APIKeyHeader")
public interface ShopApi {
  /**
   * Lists items.
   *
   * @param limit at most this many
   */
  @GetMapping("items")
  List<Item> list(
      @RequestParam(defaultValue = "10") int limit,
      @RequestParam(name = "q", required = false) String query,
      @RequestParam("tag") List<String> tags,
      @RequestParam Optional<String> after,
      @RequestHeader("X-Request-Id") String requestId,
      @CookieValue(value = "theme", required = false) String theme,
      Object notDocumented);

  @GetMapping(path = "/items/{id:[0-9]+}")
  @OptionalSecurity
  Item get(@PathVariable long id);

  @PostMapping(value = "items", consumes = "application/json")
  @SecurityRequirement("HTTPBasic")
  Item create(@RequestBody Item item);

  @PutMapping("items/{id}")
  Item replace(@PathVariable("id") long itemId, @RequestBody Item item);

  @PatchMapping("items/{id}")
  Item patch(@PathVariable(name = "id") long itemId, @RequestBody Item item);

  @DeleteMapping("items/{id}")
  void delete(@PathVariable long id);

  @RequestMapping(path = "health", method = RequestMethod.GET)
  @Public
  String health();

  /** Declared without a mapping: not an operation. */
  default String helper() {
    return "";
  }
}
