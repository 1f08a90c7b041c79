package dev.gatehouse.processor.model;

/** One scope a flow declares: an entry of its {@code scopes} map. */
public record ScopeDecl(String name, String description, SourceRef source) {}
