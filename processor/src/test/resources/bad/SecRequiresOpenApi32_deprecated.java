package test;

import dev.gatehouse.annotations.HttpBearer;

/** The deprecated flag of a scheme exists only in OpenAPI 3.2. */
@HttpBearer(deprecated = true)
final class SecRequiresOpenApi32_deprecated {}
