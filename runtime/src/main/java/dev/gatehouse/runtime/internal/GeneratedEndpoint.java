package dev.gatehouse.runtime.internal;

import java.util.List;

/**
 * Implemented by every generated security-glue class, one per endpoint interface, and listed in
 * {@code META-INF/services/dev.gatehouse.runtime.internal.GeneratedEndpoint}.
 */
public interface GeneratedEndpoint {
  /** The endpoint interface's binary name, e.g. {@code com.example.Outer$UsersApi}. */
  String endpointInterface();

  /** Every operation of the interface (its own and inherited ones), with its security. */
  List<OperationSecurity> operations();

  /** The document's {@code info.title}, the default challenge realm (security rules P10). */
  String documentTitle();

  /**
   * The refusal bodies the document describes: {@code "detail"} ({@code {"detail": ...}}) or {@code
   * "problem"} (RFC 9457), from the processor option {@code gatehouse.refusals}.
   */
  default String refusals() {
    return "detail";
  }
}
