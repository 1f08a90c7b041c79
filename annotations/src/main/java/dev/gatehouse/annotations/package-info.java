/**
 * The annotations a developer writes to declare OpenAPI security.
 *
 * <p>Scheme annotations ({@link dev.gatehouse.annotations.ApiKeyHeader}, {@link
 * dev.gatehouse.annotations.HttpBasic}, {@link dev.gatehouse.annotations.OAuth2PasswordBearer} ...)
 * go on any type or {@code package-info} of the compilation and together form the document's {@code
 * components.securitySchemes}. Requirement annotations ({@link
 * dev.gatehouse.annotations.SecurityRequirement}, {@link
 * dev.gatehouse.annotations.SecurityRequirementsSet}, {@link
 * dev.gatehouse.annotations.OptionalSecurity}, {@link dev.gatehouse.annotations.Public}) go on an
 * endpoint interface or one of its methods and become each operation's {@code security}. The
 * Gatehouse annotation processor checks them at compile time; every annotation has {@code CLASS}
 * retention so incremental builds can see it, and none is needed at run time.
 */
package dev.gatehouse.annotations;
