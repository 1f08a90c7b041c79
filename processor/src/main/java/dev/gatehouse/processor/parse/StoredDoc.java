package dev.gatehouse.processor.parse;

import java.util.List;
import java.util.Map;

/**
 * The parts of one doc comment the document uses, kept between compilations for elements that come
 * from class files in the next one (which keep no Javadoc): plain text, never the raw comment.
 *
 * @param text the main description
 * @param params {@code @param} texts by parameter name
 * @param returns the {@code @return} text
 * @param deprecated whether the comment has {@code @deprecated}
 * @param parameterNames a method's parameter names as the comment knew them (for class files
 *     compiled without {@code -parameters}, whose names are {@code arg0} ...), else empty
 */
public record StoredDoc(
    String text,
    Map<String, String> params,
    String returns,
    boolean deprecated,
    List<String> parameterNames) {

  public StoredDoc {
    params = Map.copyOf(params);
    parameterNames = List.copyOf(parameterNames);
  }
}
