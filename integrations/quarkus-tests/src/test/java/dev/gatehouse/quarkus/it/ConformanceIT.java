package dev.gatehouse.quarkus.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The document-versus-enforcement check, against the packaged application ({@code quarkus-run.jar})
 * in its own JVM.
 */
@QuarkusIntegrationTest
class ConformanceIT extends ConformanceTest {}
