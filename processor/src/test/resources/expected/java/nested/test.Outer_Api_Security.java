package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link Outer.Api}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class Outer_Api_Security implements GeneratedEndpoint {
  /**
   * {@code GET /nested}: {@code find(test.Outer$Mode)}.
   */
  public static final OperationSecurity FIND = OperationSecurity.required(
      "find(test.Outer$Mode)",
      "GET",
      "/nested",
      List.of(SchemeRequirement.of("api.key-v2")));

  /**
   * {@code GET /nested/by-ids}: {@code find(long[])}.
   */
  public static final OperationSecurity FIND_ = OperationSecurity.required(
      "find(long[])",
      "GET",
      "/nested/by-ids",
      List.of(SchemeRequirement.of("api.key-v2")));

  /**
   * {@code POST /nested}: {@code save(byte[])}.
   */
  public static final OperationSecurity SAVE = OperationSecurity.required(
      "save(byte[])",
      "POST",
      "/nested",
      List.of(SchemeRequirement.of("api.key-v2")));

  private static final List<OperationSecurity> OPERATIONS = List.of(FIND, FIND_, SAVE);

  /**
   * For the runtime's service loader.
   */
  public Outer_Api_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.Outer$Api";
  }

  @Override
  public List<OperationSecurity> operations() {
    return OPERATIONS;
  }

  @Override
  public String documentTitle() {
    return "API";
  }
}
