package poly;

/** Sealed without Jackson type ids, with a sealed interface among its permitted subtypes. */
public sealed interface Figure permits Figure.Dot, Figure.Polygon {
  record Dot(int x, int y) implements Figure {}

  sealed interface Polygon extends Figure permits Line, Box {}

  record Line(Dot from, Dot to) implements Polygon {}

  record Box(Dot corner, int width, int height) implements Polygon {}
}
