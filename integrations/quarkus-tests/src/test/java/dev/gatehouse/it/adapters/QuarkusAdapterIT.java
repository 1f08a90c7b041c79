package dev.gatehouse.it.adapters;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The adapter contract against the packaged application ({@code quarkus-run.jar}). */
@QuarkusIntegrationTest
class QuarkusAdapterIT extends QuarkusAdapterTest {}
