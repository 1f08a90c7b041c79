package dev.gatehouse.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors in Spring MVC endpoint interfaces, one test per diagnostic, compiled against the stand-in
 * Spring annotations of {@code good/spring/org}: each fails with exactly one error, at the mapping
 * or parameter that is wrong.
 */
class SpringValidationTest {

  @Test
  void requestMappingWithoutMethod() {
    assertSingleError(
        "[SecMissingHttpMethod]",
        "SecMissingHttpMethod",
        "@RequestMapping(\"all\")",
        "@RequestMapping on test.SecMissingHttpMethod.all() names no HTTP method");
  }

  @Test
  void unknownPathVariable() {
    assertSingleError(
        "[SecUnknownPathParam]",
        "SecUnknownPathParam_spring",
        "@PathVariable(\"itemId\")",
        "@PathVariable(\"itemId\") names no variable of path \"/items/{id}\" (variables: id). Fix"
            + " the name or the @RequestMapping template.");
  }

  @Test
  void duplicateRoute() {
    assertSingleError(
        "[SecDuplicateRoute]",
        "SecDuplicateRoute_spring",
        "String byKey(",
        "GET /items/{key} is declared twice: by test.SecDuplicateRoute_spring.byId() and by"
            + " test.SecDuplicateRoute_spring.byKey().");
  }

  @Test
  void pathSpringDoesNotServeAsDocumented() {
    assertSingleError(
        "[SecSpringPathNotServed]",
        "SecSpringPathNotServed",
        "@GetMapping(\"items/\")",
        "Spring MVC serves GET test.SecSpringPathNotServed.items() only at \"/e/items/\": it"
            + " matches paths exactly, trailing '/' and empty segments included. The document and"
            + " the route table would list \"/e/items\", which Spring does not serve. Write the"
            + " mapping without a trailing '/' or '//', so that it joins to \"/e/items\".");
  }

  @Test
  void emptySegmentInTheTypeMappingIsReportedOnceAtIt() {
    assertSingleError(
        "[SecSpringPathNotServed]",
        "SecSpringPathNotServed_type",
        "@RequestMapping(\"/a//b\")",
        "only at \"/a//b\"");
  }

  private static void assertSingleError(String tag, String input, String line, String message) {
    JavaFileObject source = Sources.file("bad/" + input + ".java");
    List<JavaFileObject> sources = new ArrayList<>(Sources.folder("good/spring/org"));
    sources.add(source);
    Compilation compilation = Sources.compile(List.of(), sources);

    CompilationSubject.assertThat(compilation).failed();
    CompilationSubject.assertThat(compilation).hadErrorCount(1);
    CompilationSubject.assertThat(compilation)
        .hadErrorContaining(tag)
        .inFile(source)
        .onLineContaining(line);
    CompilationSubject.assertThat(compilation).hadErrorContaining(message);
  }
}
