package dev.gatehouse.processor.model;

import java.util.List;

/**
 * One HTTP operation of an endpoint interface.
 *
 * @param httpMethod the upper-case HTTP method, e.g. {@code GET}
 * @param path the full path template, starting with {@code /}, JAX-RS regular expressions removed
 * @param javaMethod the Java method name
 * @param signature the Java method as {@code name(binaryType,...)}, the way {@code
 *     java.lang.reflect.Method} names its parameter types, so adapters can find the operation
 * @param declaringType the qualified name of the interface that declares the method (the endpoint
 *     itself or one of its superinterfaces)
 * @param produces the response media types from {@code @Produces}, method over interface
 * @param consumes the request media types from {@code @Consumes}, method over interface
 * @param body the request body (an entity parameter, one without a JAX-RS source annotation, or
 *     {@code @FormParam}s), or null when there is none
 * @param response the success response
 * @param summary the first sentence of the method's Javadoc, empty when none
 * @param description the rest of the method's Javadoc, empty when none
 * @param deprecated whether the method is {@code @Deprecated} or has a {@code @deprecated} tag
 */
public record Operation(
    String httpMethod,
    String path,
    String javaMethod,
    String signature,
    String declaringType,
    List<Parameter> parameters,
    List<String> produces,
    List<String> consumes,
    RequestBody body,
    SuccessResponse response,
    String summary,
    String description,
    boolean deprecated,
    SecurityPolicy security,
    SourceRef source) {

  public Operation {
    parameters = List.copyOf(parameters);
    produces = List.copyOf(produces);
    consumes = List.copyOf(consumes);
  }
}
