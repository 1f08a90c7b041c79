/**
 * Test support for applications guarded by Gatehouse: {@link dev.gatehouse.test.TestCallers} makes
 * a {@link dev.gatehouse.runtime.Gatehouse} whose verifiers know the callers a test chose, so
 * endpoints run with real glue, adapters and decisions but without real credentials. Artifact
 * {@code gatehouse-test}, for test scope.
 */
package dev.gatehouse.test;
