package dev.gatehouse.doctests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a page's Java blocks are sorted into projects, and which breaks of the convention are named.
 */
class DocSamplesConventionTest {
  private static final String FENCE = "```";

  private static String page(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void anUnmarkedJavaBlockIsNamedWithItsLine() {
    DocSamples samples =
        DocSamples.of("docs/x.md", page("# Title", "", FENCE + "java", "int x;", FENCE, "text"));

    assertThat(samples.problems())
        .singleElement()
        .asString()
        .startsWith("docs/x.md:3: ")
        .contains("neither file=<path> nor fragment");
    assertThat(samples.projects()).isEmpty();
  }

  @Test
  void fragmentsAreCountedAndNotCompiled() {
    DocSamples samples =
        DocSamples.of("docs/x.md", page(FENCE + "java fragment", "gatehouse.build();", FENCE));

    assertThat(samples.problems()).isEmpty();
    assertThat(samples.fragments()).isEqualTo(1);
    assertThat(samples.projects()).isEmpty();
  }

  @Test
  void otherLanguagesAreIgnored() {
    DocSamples samples =
        DocSamples.of(
            "README.md",
            page(
                FENCE + "xml file=pom.xml",
                "<project/>",
                FENCE,
                FENCE + "kotlin",
                "dependencies {}",
                FENCE,
                FENCE,
                "mvn verify",
                FENCE,
                FENCE + "sh ci",
                "mvn verify",
                FENCE));

    assertThat(samples.problems()).isEmpty();
    assertThat(samples.projects()).isEmpty();
  }

  @Test
  void filesGoToThePageProjectUnlessTheyNameAnother() {
    DocSamples samples =
        DocSamples.of(
            "docs/schemes.md",
            page(
                FENCE + "java file=src/main/java/a/A.java",
                "package a;",
                "class A {}",
                FENCE,
                FENCE + "java file=src/main/java/a/B.java project=digest",
                "package a;",
                FENCE,
                FENCE + "java file=src/main/java/a/C.java",
                "package a;",
                FENCE,
                FENCE + "java   file=src/main/java/a/A.java   project=digest",
                "package a;",
                FENCE));

    assertThat(samples.problems()).isEmpty();
    assertThat(samples.projects())
        .extracting(SampleProject::displayName)
        .containsExactly("docs/schemes.md", "docs/schemes.md project=digest");
    assertThat(samples.projects().get(0).files())
        .extracting(SampleFile::path)
        .containsExactly("src/main/java/a/A.java", "src/main/java/a/C.java");
    assertThat(samples.projects().get(1).files())
        .extracting(SampleFile::path)
        .containsExactly("src/main/java/a/B.java", "src/main/java/a/A.java");
    SampleFile first = samples.projects().get(0).files().get(0);
    assertThat(first.block().line()).isEqualTo(1);
    assertThat(first.block().text()).isEqualTo("package a;\nclass A {}\n");
  }

  @Test
  void theSameFileTwiceInAProjectIsNamed() {
    DocSamples samples =
        DocSamples.of(
            "docs/x.md",
            page(
                FENCE + "java file=a/A.java",
                "package a;",
                FENCE,
                FENCE + "java file=a/A.java",
                "package a;",
                FENCE));

    assertThat(samples.problems())
        .singleElement()
        .asString()
        .startsWith("docs/x.md:4: file=a/A.java is already a file of this project (line 1)");
  }

  @Test
  void aPathMustEndWithThePackageFolders() {
    DocSamples samples =
        DocSamples.of(
            "docs/x.md",
            page(
                FENCE + "java file=src/main/java/com/example/A.java",
                "package com.other;",
                FENCE,
                FENCE + "java file=src/main/java/B.java",
                "class B {}",
                FENCE));

    assertThat(samples.problems())
        .containsExactly(
            "docs/x.md:1: file=src/main/java/com/example/A.java declares package com.other, so its"
                + " path must end with com/other/A.java",
            "docs/x.md:4: file=src/main/java/B.java has no package declaration; a complete sample"
                + " declares its package, as the file a user copies would");
  }

  @Test
  void badInfoStringsAreNamed() {
    List<String> problems =
        DocSamples.of(
                "docs/x.md",
                page(
                    FENCE + "java fragment file=a/A.java", FENCE,
                    FENCE + "java file=../A.java", FENCE,
                    FENCE + "java file=a/A.txt", FENCE,
                    FENCE + "java file=a/A.java project=", FENCE,
                    FENCE + "java complete", FENCE))
            .problems();

    assertThat(problems).hasSize(6);
    assertThat(problems.get(0)).startsWith("docs/x.md:1: ").contains("both a fragment and a file");
    assertThat(problems.get(1)).startsWith("docs/x.md:3: file=../A.java is not a relative path");
    assertThat(problems.get(2)).startsWith("docs/x.md:5: file=a/A.txt is not a relative path");
    assertThat(problems.get(3)).startsWith("docs/x.md:7: project= is not a project name");
    assertThat(problems.get(4)).startsWith("docs/x.md:9: unknown word(s) [complete]");
    assertThat(problems.get(5))
        .startsWith("docs/x.md:9: ")
        .contains("neither file=<path> nor fragment");
  }

  @Test
  void fencesFollowCommonMark() {
    List<CodeBlock> blocks =
        Markdown.codeBlocks(
            "docs/x.md",
            page(
                "1. A step:",
                "",
                "   " + FENCE + "java fragment",
                "   int indented;",
                "   " + FENCE,
                "~~~~java fragment",
                FENCE,
                "~~~",
                "~~~~",
                "Inline " + FENCE + "java not a fence" + FENCE,
                FENCE + FENCE + "java file=unclosed/A.java",
                "package unclosed;"));

    assertThat(blocks)
        .extracting(CodeBlock::line, CodeBlock::info, CodeBlock::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "java fragment", "int indented;\n"),
            org.assertj.core.groups.Tuple.tuple(6, "java fragment", FENCE + "\n~~~\n"),
            org.assertj.core.groups.Tuple.tuple(
                11, "java file=unclosed/A.java", "package unclosed;\n"));
  }
}
