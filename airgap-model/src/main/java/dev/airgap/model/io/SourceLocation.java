package dev.airgap.model.io;

/**
 * Where a YAML node starts, 1-based, as editors and CI annotations count.
 *
 * @param file the file name as the user named it (used verbatim in messages)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column)
    implements Comparable<SourceLocation> {
  public SourceLocation {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("file must not be blank");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(SourceLocation other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
