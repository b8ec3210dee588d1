package dev.airgap.generator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One output file.
 *
 * @param path relative path with {@code /} separators, e.g. {@code central-vault.yaml}
 * @param content exact bytes (UTF-8, LF, one final newline)
 */
public record GeneratedFile(String path, byte[] content) {
  public GeneratedFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedFile other
        && path.equals(other.path)
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "GeneratedFile[" + path + ", " + content.length + " bytes]";
  }
}
