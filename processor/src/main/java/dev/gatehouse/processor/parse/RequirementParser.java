package dev.gatehouse.processor.parse;

import dev.gatehouse.processor.diag.Diagnostic;
import dev.gatehouse.processor.diag.Reporter;
import dev.gatehouse.processor.model.DeclaredSecurity;
import dev.gatehouse.processor.model.RequirementAlternative;
import dev.gatehouse.processor.model.SchemeUse;
import dev.gatehouse.processor.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads the requirement annotations written on one element into a {@link DeclaredSecurity},
 * reporting combinations that can never be meant (an empty AND set, one scheme twice in a set,
 * {@code @Public} beside a requirement).
 */
final class RequirementParser {
  private final AnnotationReader reader;
  private final Reporter reporter;

  RequirementParser(AnnotationReader reader, Reporter reporter) {
    this.reader = reader;
    this.reporter = reporter;
  }

  DeclaredSecurity parse(Element element) {
    List<RequirementAlternative> alternatives = new ArrayList<>();
    // Keep source order across the two repeatable annotations: a container stands where its
    // first member was written.
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = reader.name(mirror);
      if (type.equals(Names.SECURITY_REQUIREMENT)
          || type.equals(Names.SECURITY_REQUIREMENT + ".List")) {
        for (Ann req : membersOf(element, mirror, Names.SECURITY_REQUIREMENT)) {
          alternatives.add(new RequirementAlternative(List.of(use(req)), req.where()));
        }
      } else if (type.equals(Names.SECURITY_REQUIREMENTS_SET)
          || type.equals(Names.SECURITY_REQUIREMENTS_SET + ".List")) {
        for (Ann set : membersOf(element, mirror, Names.SECURITY_REQUIREMENTS_SET)) {
          RequirementAlternative alternative = andSet(set);
          if (alternative != null) {
            alternatives.add(alternative);
          }
        }
      }
    }
    SourceRef optional = reader.find(element, Names.OPTIONAL_SECURITY).map(Ann::where).orElse(null);
    SourceRef publicRef = reader.find(element, Names.PUBLIC).map(Ann::where).orElse(null);
    if (publicRef != null && (!alternatives.isEmpty() || optional != null)) {
      String other = !alternatives.isEmpty() ? "@SecurityRequirement" : "@OptionalSecurity";
      reporter.report(
          Diagnostic.PUBLIC_WITH_REQUIREMENTS, publicRef, other, Reporter.describe(element));
      // One mistake, one error: the @OptionalSecurity is not reported again as unused.
      optional = null;
    }
    return new DeclaredSecurity(alternatives, optional, publicRef);
  }

  private List<Ann> membersOf(Element element, AnnotationMirror mirror, String name) {
    Ann ann = new Ann(mirror, new SourceRef(element, mirror, null), reader.elements());
    return ann.type().equals(name) ? List.of(ann) : ann.annotations("value", reader.elements());
  }

  private RequirementAlternative andSet(Ann set) {
    List<Ann> members = set.annotations("value", reader.elements());
    if (members.isEmpty()) {
      reporter.report(Diagnostic.EMPTY_REQUIREMENTS_SET, set.where());
      return null;
    }
    List<SchemeUse> uses = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Ann member : members) {
      SchemeUse use = use(member);
      if (!seen.add(use.schemeName())) {
        reporter.report(Diagnostic.DUPLICATE_SCHEME_IN_SET, member.where(), use.schemeName());
        continue;
      }
      uses.add(use);
    }
    return new RequirementAlternative(uses, set.where());
  }

  private static SchemeUse use(Ann requirement) {
    Set<String> scopes = new LinkedHashSet<>();
    for (Ann.Located<String> scope : requirement.strings("scopes")) {
      scopes.add(scope.value());
    }
    return new SchemeUse(requirement.string("value"), List.copyOf(scopes), requirement.where());
  }
}
