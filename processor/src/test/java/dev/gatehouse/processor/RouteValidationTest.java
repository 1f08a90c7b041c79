package dev.gatehouse.processor;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors in routes and parameters, one test per diagnostic: each bad input fails with exactly one
 * error, at the operation or parameter that is wrong.
 */
class RouteValidationTest {

  static Stream<Arguments> duplicateRoute() {
    return Stream.of(
        // Across two interfaces; "/items" and "items/" are the same path.
        Arguments.of(
            "SecDuplicateRoute",
            "String all();",
            "GET /items is declared twice: by test.SecDuplicateRoute.list() and by"
                + " test.SecDuplicateRoute_Other.all()."),
        // Within one interface; /items/{x} and /items/{y} differ only in the variable's name.
        Arguments.of(
            "SecDuplicateRoute_sameInterface",
            "String byY(",
            "GET /items/{y} is declared twice: by test.SecDuplicateRoute_sameInterface.byX() and"
                + " by test.SecDuplicateRoute_sameInterface.byY()."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void duplicateRoute(String input, String line, String message) {
    Sources.assertSingleError("[SecDuplicateRoute]", input, line, message);
  }

  @Test
  void unknownPathParam() {
    Sources.assertSingleError(
        "[SecUnknownPathParam]",
        "SecUnknownPathParam",
        "@PathParam(\"itemId\")",
        "@PathParam(\"itemId\") names no variable of path \"/items/{id}\" (variables: id). Fix the"
            + " name or the @Path template.");
  }

  static Stream<Arguments> duplicateParameter() {
    return Stream.of(
        Arguments.of(
            "SecDuplicateParameter",
            "@QueryParam(\"q\") String second",
            "The query parameter \"q\" is declared twice on test.SecDuplicateParameter.search()"),
        // Header names are case-insensitive.
        Arguments.of(
            "SecDuplicateParameter_header",
            "@HeaderParam(\"x-request-id\") String second",
            "The header parameter \"x-request-id\" is declared twice on"
                + " test.SecDuplicateParameter_header.search()"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void duplicateParameter(String input, String line, String message) {
    Sources.assertSingleError("[SecDuplicateParameter]", input, line, message);
  }

  @Test
  void emptyPathSegment() {
    Sources.assertSingleError(
        "[SecEmptyPathSegment]",
        "SecEmptyPathSegment",
        "@Path(\"a//b\")",
        "@Path \"a//b\" has an empty segment ('//'). JAX-RS serves it only as spelled, but the"
            + " document and the route table would list \"/e/a/b\", which is not served. Remove"
            + " the extra '/'.");
  }

  static Stream<Arguments> invalidPathTemplate() {
    return Stream.of(
        Arguments.of(
            "SecInvalidPathTemplate",
            "@Path(\"{id}/parts/{id}\")",
            "Path \"/items/{id}/parts/{id}\" is not a valid JAX-RS path template: variable {id}"
                + " appears twice."),
        Arguments.of(
            "SecInvalidPathTemplate_unclosed",
            "@Path(\"{id\")",
            "is not a valid JAX-RS path template: a '{' is never closed."),
        Arguments.of(
            "SecInvalidPathTemplate_empty",
            "@Path(\"{}\")",
            "is not a valid JAX-RS path template: a variable has no name."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void invalidPathTemplate(String input, String line, String message) {
    Sources.assertSingleError("[SecInvalidPathTemplate]", input, line, message);
  }

  @Test
  void conflictingHttpMethods() {
    Sources.assertSingleError(
        "[SecConflictingHttpMethods]",
        "SecConflictingHttpMethods",
        "@POST",
        "test.SecConflictingHttpMethods.save() has several HTTP method annotations [PUT, POST],"
            + " but a JAX-RS resource method has exactly one.");
  }
}
