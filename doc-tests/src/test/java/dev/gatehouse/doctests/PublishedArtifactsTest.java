package dev.gatehouse.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The published artifacts are named alike in the three places a user looks (issue 20): the root
 * pom's modules (those not marked {@code maven.deploy.skip}), {@code gatehouse-bom}'s
 * dependencyManagement, and the README's module table.
 */
class PublishedArtifactsTest {
  private static final Path ROOT = DocPages.repositoryRoot();

  @Test
  void theBomListsEveryPublishedArtifactAndTheReadmeTableNamesThemAll() throws Exception {
    Set<String> published = new TreeSet<>();
    for (String module : children(pom(ROOT.resolve("pom.xml")), "modules", "module")) {
      Element project = pom(ROOT.resolve(module).resolve("pom.xml"));
      if (!text(project, "properties", "maven.deploy.skip").equals("true")) {
        published.add(text(project, "artifactId"));
      }
    }
    assertThat(published).contains("gatehouse-bom", "gatehouse-runtime", "gatehouse-processor");

    Set<String> inBom =
        children(
            pom(ROOT.resolve("bom/pom.xml")),
            "dependencyManagement",
            "dependencies",
            "dependency",
            "artifactId");
    Set<String> expected = new TreeSet<>(published);
    expected.remove("gatehouse-bom");
    assertThat(inBom).as("gatehouse-bom's dependencyManagement").isEqualTo(expected);

    Set<String> inReadme = new TreeSet<>();
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher row =
        Pattern.compile("(?m)^\\| `[^`]+/` \\| `(gatehouse-[a-z-]+)` \\|").matcher(readme);
    while (row.find()) {
      inReadme.add(row.group(1));
    }
    assertThat(inReadme).as("README.md's module table").isEqualTo(published);
  }

  private static Element pom(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
  }

  /** The text of the path's elements below {@code parent}, the last name being the leaves. */
  private static Set<String> children(Element parent, String... path) {
    Set<String> out = new TreeSet<>();
    collect(parent, path, 0, out);
    return out;
  }

  private static void collect(Element parent, String[] path, int depth, Set<String> out) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element e && e.getTagName().equals(path[depth])) {
        if (depth == path.length - 1) {
          out.add(e.getTextContent().strip());
        } else {
          collect(e, path, depth + 1, out);
        }
      }
    }
  }

  private static String text(Element parent, String... path) {
    Set<String> found = children(parent, path);
    return found.isEmpty() ? "" : found.iterator().next();
  }
}
