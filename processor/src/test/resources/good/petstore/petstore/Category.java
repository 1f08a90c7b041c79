package petstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;

/** A kind of pet; a bean with getters, setters and a parent category. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Category {
  private long id;
  private String name;
  private Category parent;

  /** The category's number. */
  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /**
   * The category's name.
   *
   * @return lower-case letters and dashes
   */
  @Pattern(regexp = "^[a-z-]+$")
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Category getParent() {
    return parent;
  }

  public void setParent(Category parent) {
    this.parent = parent;
  }
}
