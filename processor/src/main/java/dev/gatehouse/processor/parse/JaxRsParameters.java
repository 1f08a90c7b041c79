package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.Parameter;
import dev.gatehouse.processor.model.ParameterLocation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** JAX-RS parameter sources ({@code @PathParam} ...) and media types ({@code @Produces} ...). */
final class JaxRsParameters {
  private static final Map<List<String>, ParameterLocation> SOURCES =
      Map.of(
          Names.PATH_PARAM, ParameterLocation.PATH,
          Names.QUERY_PARAM, ParameterLocation.QUERY,
          Names.HEADER_PARAM, ParameterLocation.HEADER,
          Names.COOKIE_PARAM, ParameterLocation.COOKIE);

  private final AnnotationReader reader;
  private final Reporter reporter;
  private final ValidationRules rules;

  JaxRsParameters(AnnotationReader reader, Reporter reporter) {
    this.reader = reader;
    this.reporter = reporter;
    this.rules = new ValidationRules(reader);
  }

  /** The documented parameter of a JAX-RS-annotated method parameter, if it is one. */
  Optional<Parameter> parameter(
      VariableElement p, TypeMirror type, PathTemplate template, String description) {
    for (Map.Entry<List<String>, ParameterLocation> source : SOURCES.entrySet()) {
      Optional<Ann> ann = reader.findAny(p, source.getKey());
      if (ann.isEmpty()) {
        continue;
      }
      String name = ann.get().string("value");
      ParameterLocation in = source.getValue();
      if (in == ParameterLocation.PATH && !template.variables().contains(name)) {
        reporter.report(
            Diagnostic.UNKNOWN_PATH_PARAM,
            ann.get().ref("value"),
            "@PathParam(\"" + name + "\")",
            template.path(),
            template.variables().isEmpty() ? "none" : String.join(", ", template.variables()),
            "@Path");
      }
      var schema = rules.parameter(p, TypeSchemas.of(type));
      Optional<Ann> defaultValue = reader.findAny(p, Names.DEFAULT_VALUE);
      if (defaultValue.isPresent()) {
        String value = defaultValue.get().string("value");
        if (!DefaultValues.reportMismatch(
            schema, value, false, in, name, defaultValue.get().ref("value"), reporter)) {
          schema = schema.withDefault(value);
        }
      }
      // A @NotNull parameter without a default must be sent; with one, JAX-RS fills it in.
      boolean required =
          in == ParameterLocation.PATH || (rules.notNull(List.of(p)) && defaultValue.isEmpty());
      return Optional.of(new Parameter(name, in, required, schema, description, ann.get().where()));
    }
    return Optional.empty();
  }

  /** The media types of {@code names} ({@code @Produces}/{@code @Consumes}), method over type. */
  List<String> mediaTypes(
      ExecutableElement method, TypeElement endpoint, TypeElement declaring, List<String> names) {
    Optional<Ann> ann = reader.findAny(method, names);
    if (ann.isEmpty()) {
      ann = reader.findAny(declaring, names);
    }
    if (ann.isEmpty()) {
      ann = reader.findAny(endpoint, names);
    }
    Set<String> out = new LinkedHashSet<>();
    ann.ifPresent(
        a -> {
          for (Ann.Located<String> value : a.strings("value")) {
            Arrays.stream(value.value().split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(out::add);
          }
        });
    return List.copyOf(out);
  }
}
