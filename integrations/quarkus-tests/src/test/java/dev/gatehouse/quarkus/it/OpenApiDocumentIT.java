package dev.gatehouse.quarkus.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The served document, against the packaged application ({@code quarkus-run.jar}) in its own JVM.
 */
@QuarkusIntegrationTest
class OpenApiDocumentIT extends OpenApiDocumentTest {}
