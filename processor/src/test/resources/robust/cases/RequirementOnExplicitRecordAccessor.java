/*
 * case: a requirement on a record accessor written in the source stays at that accessor
 * expect: failure
 * error: [SecNotAnEndpoint] @Public on r.RequirementOnExplicitRecordAccessor.name() @ @Public public String name()
 */
package r;

import dev.gatehouse.annotations.Public;

public record RequirementOnExplicitRecordAccessor(String name, int age) {
  @Public public String name() {
    return name;
  }
}
