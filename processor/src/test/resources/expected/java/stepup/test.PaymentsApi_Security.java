package test;

import dev.gatehouse.runtime.internal.GeneratedEndpoint;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.OperationTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The security of every operation of {@link PaymentsApi}, as its OpenAPI document states it.
 */
@Generated(
    value = "dev.gatehouse.processor.SecurityProcessor",
    comments = "gatehouse-processor <version>"
)
public final class PaymentsApi_Security implements GeneratedEndpoint {
  /**
   * One row per operation: Java method, HTTP method, path, then the requirement objects
   * (see {@link OperationTable}): {@code "A", "&", "B scope"} needs both, {@code "|"} separates
   * alternatives, a last {@code "{}"} lets anonymous callers in, none is public.
   */
  private static final String[][] TABLE = {
    {"list()", "GET", "/payments", "Bank payments", "!max_age 3600"},
    {"send()", "POST", "/payments", "Bank payments", "!acr_values urn:example:mfa gold", "!max_age 300"},
    {"limits()", "POST", "/payments/limits", "BankDpop", "|", "Bank", "&", "Device", "!acr_values gold"},
    {"health()", "GET", "/payments/health"},
  };

  private static final List<OperationSecurity> OPERATIONS = OperationTable.read(TABLE);

  /**
   * For the runtime's service loader.
   */
  public PaymentsApi_Security() {
  }

  @Override
  public String endpointInterface() {
    return "test.PaymentsApi";
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
