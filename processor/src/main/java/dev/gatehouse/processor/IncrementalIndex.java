package dev.gatehouse.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.processor.parse.StoredDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What the previous compilation of the same module documented, so that an incremental compilation
 * (only the changed sources compiled into the same class output directory, the other classes read
 * from there, as IDEs and incremental builders do) writes the same document as a clean build: the
 * endpoint interfaces and scheme holders, which are not root elements then, and the Javadoc the
 * document used, which class files do not keep (as the plain text the document shows, never the raw
 * comment). Written to and read from the class output as {@value #PATH}.
 *
 * @param endpoints qualified names of the endpoint interfaces
 * @param schemeHolders names of the types and {@code package-info}s that declare schemes
 * @param docs the used parts of doc comments (plain text, as in the document) by element key
 */
record IncrementalIndex(
    Set<String> endpoints, Set<String> schemeHolders, SortedMap<String, StoredDoc> docs) {

  static final String PATH = "META-INF/gatehouse/index.json";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static final IncrementalIndex EMPTY = new IncrementalIndex(Set.of(), Set.of(), new TreeMap<>());

  /**
   * The index of the previous compilation of this module: the one in the class output directory,
   * which incremental builds compile into again (and keep on the class path). Never one from the
   * class path, which may be another module's. Empty when there is none or it cannot be read.
   */
  static IncrementalIndex read(Filer filer) {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (InputStream in = file.openInputStream()) {
        return parse(JSON.readTree(in));
      }
    } catch (IOException | RuntimeException e) {
      return EMPTY; // not there (a clean build) or unreadable: nothing to carry over
    }
  }

  private static IncrementalIndex parse(JsonNode root) {
    if (root == null || root.path("format").asInt() != FORMAT) {
      return EMPTY;
    }
    Set<String> endpoints = new TreeSet<>();
    root.path("endpoints").forEach(n -> endpoints.add(n.asText()));
    Set<String> holders = new TreeSet<>();
    root.path("schemeHolders").forEach(n -> holders.add(n.asText()));
    SortedMap<String, StoredDoc> docs = new TreeMap<>();
    root.path("docs")
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode d = e.getValue();
              Map<String, String> params = new TreeMap<>();
              d.path("params")
                  .fields()
                  .forEachRemaining(p -> params.put(p.getKey(), p.getValue().asText()));
              List<String> names = new ArrayList<>();
              d.path("parameterNames").forEach(n -> names.add(n.asText()));
              docs.put(
                  e.getKey(),
                  new StoredDoc(
                      d.path("text").asText(),
                      params,
                      d.path("returns").asText(),
                      d.path("deprecated").asBoolean(),
                      names));
            });
    return new IncrementalIndex(endpoints, holders, docs);
  }

  /** Writes the index to the class output, sorted, so that equal builds give equal bytes. */
  void write(Filer filer, List<Element> origins) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    new TreeSet<>(endpoints).forEach(root.putArray("endpoints")::add);
    new TreeSet<>(schemeHolders).forEach(root.putArray("schemeHolders")::add);
    ObjectNode docsNode = root.putObject("docs");
    for (Map.Entry<String, StoredDoc> e : new TreeMap<>(docs).entrySet()) {
      StoredDoc d = e.getValue();
      ObjectNode node = docsNode.putObject(e.getKey());
      node.put("text", d.text());
      ObjectNode params = node.putObject("params");
      new TreeMap<>(d.params()).forEach(params::put);
      node.put("returns", d.returns());
      node.put("deprecated", d.deprecated());
      d.parameterNames().forEach(node.putArray("parameterNames")::add);
    }
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", PATH, origins.toArray(Element[]::new));
    try (OutputStream out = file.openOutputStream()) {
      out.write(JSON.writeValueAsBytes(root));
    }
  }
}
