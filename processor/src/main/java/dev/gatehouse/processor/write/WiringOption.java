package dev.gatehouse.processor.write;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/**
 * The {@code gatehouse.wiring} processor option: the qualified name of the typed verifier builder,
 * {@code none} for no builder, or absent for {@link GeneratedNames#wiring the default name}.
 *
 * @param enabled whether a builder is written
 * @param name the class the option names, or empty for the default
 */
public record WiringOption(boolean enabled, Optional<ClassName> name) {
  public static final String OPTION = "gatehouse.wiring";
  private static final String NONE = "none";

  /** Reads the option; an invalid value is reported to {@code invalid} and writes no builder. */
  public static WiringOption read(Map<String, String> options, Invalid invalid) {
    if (!options.containsKey(OPTION)) {
      return new WiringOption(true, Optional.empty());
    }
    String value = options.get(OPTION) == null ? "" : options.get(OPTION).strip();
    if (value.equals(NONE)) {
      return new WiringOption(false, Optional.empty());
    }
    if (!SourceVersion.isName(value)) {
      invalid.report(
          OPTION,
          value,
          "give the qualified name of the class to generate, such as com.example.AppSecurity,"
              + " or none for no typed verifier builder");
      return new WiringOption(false, Optional.empty());
    }
    int dot = value.lastIndexOf('.');
    return new WiringOption(
        true,
        Optional.of(
            dot < 0
                ? ClassName.get("", value)
                : ClassName.get(value.substring(0, dot), value.substring(dot + 1))));
  }

  /** The builder class for schemes declared on {@code holders}. */
  public ClassName className(Collection<? extends Element> holders) {
    return name.orElseGet(() -> GeneratedNames.wiring(holders));
  }

  /** Receives an invalid value. */
  @FunctionalInterface
  public interface Invalid {
    void report(String option, String value, String reason);
  }
}
