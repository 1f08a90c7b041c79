package dev.gatehouse.quarkus.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The shared enforcement contract, against the packaged application ({@code quarkus-run.jar}) in
 * its own JVM.
 */
@QuarkusIntegrationTest
class EnforcementIT extends EnforcementTest {}
