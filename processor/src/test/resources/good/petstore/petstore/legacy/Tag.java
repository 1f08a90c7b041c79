package petstore.legacy;

/** A label of the old catalogue: the same simple name as {@code petstore.Tag}, other package. */
public class Tag {
  /** The old label text. */
  public String label;

  /** Whether the label is still shown. */
  public boolean visible;
}
