package test;

/** An item of the shop. */
public record Item(long id, String name) {}
