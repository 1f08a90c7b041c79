package dev.gatehouse.processor.model;

/** The OAuth2 flows of an OpenAPI {@code flows} object, in the order the document lists them. */
public enum FlowType {
  IMPLICIT("implicit", true, false, false),
  PASSWORD("password", false, true, false),
  CLIENT_CREDENTIALS("clientCredentials", false, true, false),
  AUTHORIZATION_CODE("authorizationCode", true, true, false),
  DEVICE_AUTHORIZATION("deviceAuthorization", false, true, true);

  private final String openApiName;
  private final boolean needsAuthorizationUrl;
  private final boolean needsTokenUrl;
  private final boolean needsDeviceAuthorizationUrl;

  FlowType(
      String openApiName,
      boolean needsAuthorizationUrl,
      boolean needsTokenUrl,
      boolean needsDeviceAuthorizationUrl) {
    this.openApiName = openApiName;
    this.needsAuthorizationUrl = needsAuthorizationUrl;
    this.needsTokenUrl = needsTokenUrl;
    this.needsDeviceAuthorizationUrl = needsDeviceAuthorizationUrl;
  }

  /** The key in the OpenAPI {@code flows} object. */
  public String openApiName() {
    return openApiName;
  }

  /** Whether the flow requires (and alone may carry) {@code authorizationUrl}. */
  public boolean needsAuthorizationUrl() {
    return needsAuthorizationUrl;
  }

  /** Whether the flow requires (and alone may carry) {@code tokenUrl}. */
  public boolean needsTokenUrl() {
    return needsTokenUrl;
  }

  /** Whether the flow requires (and alone may carry) {@code deviceAuthorizationUrl}. */
  public boolean needsDeviceAuthorizationUrl() {
    return needsDeviceAuthorizationUrl;
  }
}
