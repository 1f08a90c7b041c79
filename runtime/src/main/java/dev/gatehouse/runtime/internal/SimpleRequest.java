package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.RequestView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable {@link RequestView} built from plain values, for tests and for adapters (such as the
 * JDK {@code HttpServer} one) that can hand over everything up front.
 */
public final class SimpleRequest implements RequestView {

  private final String method;
  private final String path;
  private final String rawQuery;

  /** Each field's lines in arrival order, by name with A-Z folded to a-z; built once. */
  private final Map<String, List<String>> headers;

  private final byte[] body;

  private SimpleRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.rawQuery = builder.rawQuery;
    Map<String, List<String>> byName = new HashMap<>();
    for (Map.Entry<String, String> field : builder.headers) {
      byName
          .computeIfAbsent(Ascii.toLowerCase(field.getKey()), k -> new ArrayList<>(1))
          .add(field.getValue());
    }
    byName.replaceAll((name, lines) -> List.copyOf(lines));
    this.headers = byName;
    this.body = builder.body == null ? null : builder.body.clone();
  }

  /** A builder for a {@code GET /} request with no query, headers or body. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public Optional<String> rawQuery() {
    return Optional.ofNullable(rawQuery);
  }

  /**
   * One hash look-up when {@code name} is already lower case, as the built-in extractors ask; any
   * other spelling is folded first.
   */
  @Override
  public List<String> headers(String name) {
    List<String> lines = headers.get(name);
    if (lines != null) {
      return lines;
    }
    String folded = Ascii.toLowerCase(name);
    return folded.equals(name) ? List.of() : headers.getOrDefault(folded, List.of());
  }

  @Override
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }

  /** Method and path only: headers, query and body may carry secrets. */
  @Override
  public String toString() {
    return "SimpleRequest[" + method + " " + path + "]";
  }

  /** Collects the parts of a {@link SimpleRequest}. */
  public static final class Builder {
    private String method = "GET";
    private String path = "/";
    private String rawQuery;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body;

    private Builder() {}

    /** The method, {@code GET} by default. */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /** The raw path, {@code /} by default. */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** The raw query without {@code ?}; null (the default) for a target without {@code ?}. */
    public Builder rawQuery(String rawQuery) {
      this.rawQuery = rawQuery;
      return this;
    }

    /** Adds one field line; call again with the same name for a repeated field. */
    public Builder header(String name, String value) {
      headers.add(Map.entry(name, value));
      return this;
    }

    /** The buffered body; none by default. */
    public Builder body(byte[] body) {
      this.body = body == null ? null : body.clone();
      return this;
    }

    /** The request. */
    public SimpleRequest build() {
      return new SimpleRequest(this);
    }
  }
}
