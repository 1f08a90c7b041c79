/*
 * case: Spring MVC operations inherited from a generic superinterface take the endpoint's type
 * arguments, and one Spring method mapped to two paths and two HTTP methods. The superinterface
 * maps only methods and is extended by an endpoint, so it is a base, documented only through
 * /pets (docs/spring.md, issue 14)
 * expect: success
 * stubs: good/spring/org
 * scheme: HTTPBasic
 * operation: GET /pets/{id}
 * operation: POST /pets
 * operation: GET /pets/a
 * operation: GET /pets/b
 * operation: POST /pets/a
 * operation: POST /pets/b
 * json: /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema = {"$ref": "#/components/schemas/Pet"}
 * json: /paths/~1pets~1{id}/get/parameters/0/schema = {"type": "integer", "format": "int64"}
 * json: /paths/~1pets/post/requestBody/content/application~1json/schema = {"$ref": "#/components/schemas/Pet"}
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

interface SpringCrud<T, ID> {
  @GetMapping("{id}")
  T get(@PathVariable("id") ID id);

  @PostMapping
  T create(@RequestBody T body);
}

record Pet(String name) {}

@HttpBasic
@RequestMapping("/pets")
@SecurityRequirement("HTTPBasic")
public interface SpringGenericInheritedOperations extends SpringCrud<Pet, Long> {
  @RequestMapping(
      path = {"a", "b"},
      method = {RequestMethod.GET, RequestMethod.POST})
  String both();
}
