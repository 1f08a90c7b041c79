package org.springframework.web.bind.annotation;

/** A stand-in for Spring MVC's constants, so the test needs no Spring jar. */
public interface ValueConstants {
  String DEFAULT_NONE = "\n\t\t\n\t\t\n\uE000\uE001\uE002\n\t\t\t\t\n";
}
