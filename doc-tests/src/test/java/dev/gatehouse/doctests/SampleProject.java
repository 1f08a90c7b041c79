package dev.gatehouse.doctests;

import java.util.List;

/**
 * The complete files of one page that are compiled together: the page's default project, or the
 * blocks that name the same {@code project=<name>}.
 *
 * @param page the page's path relative to the repository root
 * @param name the project's name, empty for the page's default project
 * @param files the files in page order
 */
record SampleProject(String page, String name, List<SampleFile> files) {
  SampleProject {
    files = List.copyOf(files);
  }

  /**
   * How failures name the project: {@code docs/schemes.md} or {@code docs/schemes.md
   * project=digest}.
   */
  String displayName() {
    return name.isEmpty() ? page : page + " project=" + name;
  }

  /** A folder name for the project's sources and classes, unique among a page's projects. */
  String folderName() {
    return page.replace('/', '_') + (name.isEmpty() ? "" : "__" + name);
  }
}
