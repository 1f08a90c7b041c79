package poly;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Type ids from a @JsonSubTypes name, a @JsonTypeName and Jackson's default. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Shape.Circle.class, name = "circle"),
  @JsonSubTypes.Type(Shape.Square.class),
  @JsonSubTypes.Type(Shape.Triangle.class)
})
public sealed interface Shape {
  record Circle(double radius) implements Shape {}

  @JsonTypeName("sq")
  record Square(double side) implements Shape {}

  record Triangle(double base, double height) implements Shape {}
}
