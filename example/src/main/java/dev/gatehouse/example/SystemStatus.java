package dev.gatehouse.example;

/**
 * The system status.
 *
 * @param status always {@code ok} while the service runs
 */
public record SystemStatus(String status) {}
