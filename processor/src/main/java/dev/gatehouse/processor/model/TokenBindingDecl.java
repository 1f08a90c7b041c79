package dev.gatehouse.processor.model;

/**
 * The {@code tokenBinding} a token scheme annotation declares, when it is not {@code NONE}.
 *
 * @param scheme the scheme's name
 * @param binding {@code DPOP}, {@code MTLS} or {@code DPOP_OR_MTLS}
 * @param source the {@code tokenBinding} value
 */
public record TokenBindingDecl(String scheme, String binding, SourceRef source) {

  /** Whether DPoP-bound tokens are accepted. */
  public boolean dpop() {
    return binding.equals("DPOP") || binding.equals("DPOP_OR_MTLS");
  }

  /** Whether certificate-bound tokens are accepted. */
  public boolean mtls() {
    return binding.equals("MTLS") || binding.equals("DPOP_OR_MTLS");
  }
}
