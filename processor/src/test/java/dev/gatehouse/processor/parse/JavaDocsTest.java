package dev.gatehouse.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Javadoc as plain document text: inline tags, HTML, whitespace, first sentence. */
class JavaDocsTest {

  @Test
  void inlineTagsAreUnwrappedAndHtmlDropped() {
    assertThat(JavaDocs.clean("Uses {@code Map<K, {V}>} and {@link Foo#bar the bar}, <b>bold</b>."))
        .isEqualTo("Uses Map<K, {V}> and the bar, bold.");
    assertThat(JavaDocs.clean("See {@link #list} and {@literal a&b} &lt;here&gt;."))
        .isEqualTo("See list and a&b <here>.");
  }

  @Test
  void paragraphsAreSeparatedByOneBlankLineAndOtherWhitespaceCollapses() {
    assertThat(JavaDocs.clean("  One\n   two.\n\n\n Three <p>Four\n"))
        .isEqualTo("One two.\n\nThree\n\nFour");
  }

  @Test
  void theFirstSentenceIsTheSummaryAndTheRestTheDescription() {
    JavaDocs.Doc doc =
        new JavaDocs.Doc("Lists pets, e.g.cats. Ordered by id.\n\nMore.", Map.of(), "", false);

    assertThat(doc.summary()).isEqualTo("Lists pets, e.g.cats");
    assertThat(doc.rest()).isEqualTo("Ordered by id.\n\nMore.");
    assertThat(new JavaDocs.Doc("No period", Map.of(), "", false).rest()).isEmpty();
  }
}
