package dev.gatehouse.benchmarks;

/** The same constant answer whether or not Gatehouse guards the call, so bodies match. */
public class BenchResource implements BenchApi {
  static final String BODY = "{\"items\":[{\"name\":\"Foo\"},{\"name\":\"Bar\"}]}";

  @Override
  public String items() {
    return BODY;
  }

  @Override
  public String tokenItems() {
    return BODY;
  }

  @Override
  public String hsItems() {
    return BODY;
  }
}
