package dev.gatehouse.processor.model;

/** Where an operation parameter travels, with its OpenAPI {@code in} value. */
public enum ParameterLocation {
  PATH("path"),
  QUERY("query"),
  HEADER("header"),
  COOKIE("cookie");

  private final String openApiName;

  ParameterLocation(String openApiName) {
    this.openApiName = openApiName;
  }

  /** The OpenAPI {@code in} value. */
  public String openApiName() {
    return openApiName;
  }
}
