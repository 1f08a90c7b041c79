package test;

/** An enum parameter type. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
