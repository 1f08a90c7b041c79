package petstore;

import javax.validation.constraints.NotNull;
import javax.validation.constraints.Size;

/** Anyone the store knows: the superclass of {@link Customer}. */
public abstract class Person {
  /** The login name. */
  @NotNull
  @Size(min = 3, max = 32)
  public String username;

  /** Names the person goes by, at least one. */
  @Size(min = 1)
  public String[] names;
}
