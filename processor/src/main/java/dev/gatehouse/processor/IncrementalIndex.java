package dev.gatehouse.processor;

import dev.gatehouse.processor.json.JsonArray;
import dev.gatehouse.processor.json.JsonObject;
import dev.gatehouse.processor.json.JsonReader;
import dev.gatehouse.processor.json.JsonWriter;
import dev.gatehouse.processor.parse.StoredDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
        return parse(JsonReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    } catch (IOException | JsonReader.MalformedJsonException | RuntimeException e) {
      return EMPTY; // not there (a clean build) or unreadable: nothing to carry over
    }
  }

  /** The index a file holds; empty when it is of another format or shape. */
  static IncrementalIndex parse(Object json) {
    if (!(json instanceof JsonObject root)
        || !(root.get("format") instanceof Long format)
        || format != FORMAT) {
      return EMPTY;
    }
    Set<String> endpoints = new TreeSet<>(strings(root.get("endpoints")));
    Set<String> holders = new TreeSet<>(strings(root.get("schemeHolders")));
    SortedMap<String, StoredDoc> docs = new TreeMap<>();
    JsonObject docsNode = root.object("docs");
    if (docsNode != null) {
      for (Map.Entry<String, Object> e : docsNode.members()) {
        if (!(e.getValue() instanceof JsonObject d)) {
          continue;
        }
        Map<String, String> params = new TreeMap<>();
        JsonObject paramsNode = d.object("params");
        if (paramsNode != null) {
          for (Map.Entry<String, Object> p : paramsNode.members()) {
            if (p.getValue() instanceof String text) {
              params.put(p.getKey(), text);
            }
          }
        }
        docs.put(
            e.getKey(),
            new StoredDoc(
                d.text("text"),
                params,
                d.text("returns"),
                Boolean.TRUE.equals(d.get("deprecated")),
                strings(d.get("parameterNames"))));
      }
    }
    return new IncrementalIndex(endpoints, holders, docs);
  }

  /** The strings of an array (other values skipped); empty for anything else. */
  private static List<String> strings(Object json) {
    List<String> out = new ArrayList<>();
    if (json instanceof JsonArray array) {
      for (Object value : array.values()) {
        if (value instanceof String text) {
          out.add(text);
        }
      }
    }
    return out;
  }

  /** Writes the index to the class output, sorted, so that equal builds give equal bytes. */
  void write(Filer filer, List<Element> origins) throws IOException {
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", PATH, origins.toArray(Element[]::new));
    try (OutputStream out = file.openOutputStream()) {
      out.write(JsonWriter.document(toJson()));
    }
  }

  /** The index as its file holds it, sorted. */
  JsonObject toJson() {
    JsonObject root = new JsonObject();
    root.put("format", FORMAT);
    new TreeSet<>(endpoints).forEach(root.putArray("endpoints")::add);
    new TreeSet<>(schemeHolders).forEach(root.putArray("schemeHolders")::add);
    JsonObject docsNode = root.putObject("docs");
    for (Map.Entry<String, StoredDoc> e : new TreeMap<>(docs).entrySet()) {
      StoredDoc d = e.getValue();
      JsonObject node = docsNode.putObject(e.getKey());
      node.put("text", d.text());
      JsonObject params = node.putObject("params");
      new TreeMap<>(d.params()).forEach(params::put);
      node.put("returns", d.returns());
      node.put("deprecated", d.deprecated());
      d.parameterNames().forEach(node.putArray("parameterNames")::add);
    }
    return root;
  }
}
