/**
 * The example service: FastAPI's security tutorial written with Gatehouse, on Jersey and the JDK
 * HTTP server, with its generated OpenAPI document and Swagger UI.
 */
package dev.gatehouse.example;
