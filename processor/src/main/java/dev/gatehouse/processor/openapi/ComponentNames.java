package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.model.ComponentSchema;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names component schemas: the simple name ({@code Page_Item}) where it is unique; where two types
 * share it, the one with the first key (qualified name) keeps it and the others take their
 * qualified name, so the result never depends on source order.
 */
final class ComponentNames {
  private ComponentNames() {}

  /** Component key to name, for components given in key order. */
  static Map<String, String> of(SortedMap<String, ComponentSchema> components, Set<String> taken) {
    Map<String, List<ComponentSchema>> bySimpleName = new TreeMap<>();
    components
        .values()
        .forEach(
            c -> bySimpleName.computeIfAbsent(safe(c.simpleName()), k -> new ArrayList<>()).add(c));
    Set<String> used = new HashSet<>(taken);
    Map<String, String> out = new TreeMap<>();
    for (List<ComponentSchema> group : bySimpleName.values()) {
      for (int i = 0; i < group.size(); i++) {
        ComponentSchema c = group.get(i);
        String simple = safe(c.simpleName());
        String name = i == 0 && !taken.contains(simple) ? simple : safe(c.qualifiedName());
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
          unique = name + "_" + n;
        }
        out.put(c.key(), unique);
      }
    }
    return out;
  }

  /**
   * A component name OpenAPI accepts ({@code ^[a-zA-Z0-9._-]+$}) for a Java name, which may hold
   * any letter: accents are dropped ({@code Grüße} becomes {@code Gruße}), and every other
   * character becomes {@code _} and its code point in hex ({@code Gru_DFe}).
   */
  static String safe(String javaName) {
    String decomposed = Normalizer.normalize(javaName, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    decomposed
        .codePoints()
        .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
        .forEach(
            cp -> {
              if (cp < 128
                  && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_')) {
                out.appendCodePoint(cp);
              } else {
                out.append('_').append(Integer.toHexString(cp).toUpperCase(Locale.ROOT));
              }
            });
    return out.toString();
  }
}
