package dev.airgap.generator;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Golden-file support: compare or (with -Dairgap.updateGolden=true) rewrite, with a short diff. */
public final class Golden {
  private Golden() {}

  public static final String UPDATE_COMMAND = "./mvnw -B test -Dairgap.updateGolden=true";

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("airgap.updateGolden", "false"));
  }

  /** The repository root: surefire passes it; otherwise the parent of the module directory. */
  public static Path repoRoot() {
    String root = System.getProperty("airgap.repoRoot", "");
    if (!root.isBlank() && !root.contains("${")) {
      return Paths.get(root).toAbsolutePath().normalize();
    }
    return Paths.get("").toAbsolutePath().getParent();
  }

  /** Compares a directory's files with the expected ones; rewrites them when updating. */
  public static void assertDirectory(Path expectedDir, List<GeneratedFile> actual) {
    assertDirectory(expectedDir, actual, null);
  }

  /** As above; with {@code only} set, other files in the directory are left alone. */
  public static void assertDirectory(Path expectedDir, List<GeneratedFile> actual, String only) {
    Map<String, byte[]> want = new TreeMap<>();
    actual.forEach(f -> want.put(f.path(), f.content()));
    Map<String, byte[]> have = read(expectedDir);
    if (only != null) {
      have.keySet().removeIf(name -> !name.equals(only));
    }
    if (updating()) {
      try {
        Files.createDirectories(expectedDir);
        for (String stale : have.keySet()) {
          if (!want.containsKey(stale)) {
            Files.delete(expectedDir.resolve(stale));
            System.out.println("golden: deleted " + expectedDir.resolve(stale));
          }
        }
        for (Map.Entry<String, byte[]> e : want.entrySet()) {
          if (!java.util.Arrays.equals(e.getValue(), have.get(e.getKey()))) {
            Files.createDirectories(expectedDir.resolve(e.getKey()).getParent());
            Files.write(expectedDir.resolve(e.getKey()), e.getValue());
            System.out.println("golden: updated " + expectedDir.resolve(e.getKey()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String name : have.keySet()) {
      if (!want.containsKey(name)) {
        problems.add(
            "unexpected expected file (no longer generated): " + expectedDir.resolve(name));
      }
    }
    for (Map.Entry<String, byte[]> e : want.entrySet()) {
      byte[] expected = have.get(e.getKey());
      if (expected == null) {
        problems.add("missing expected file " + expectedDir.resolve(e.getKey()));
      } else if (!java.util.Arrays.equals(expected, e.getValue())) {
        problems.add(
            "differs: "
                + expectedDir.resolve(e.getKey())
                + "\n"
                + diff(
                    new String(expected, StandardCharsets.UTF_8),
                    new String(e.getValue(), StandardCharsets.UTF_8)));
      }
    }
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems) + "\nIf the change is intended, run: " + UPDATE_COMMAND);
    }
  }

  static Map<String, byte[]> read(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    // Nested: a CfCT package is written under cfct/ (paths use '/', as GeneratedFile's do).
    try (Stream<Path> list = Files.walk(dir)) {
      for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A short unified diff (at most 60 lines) of expected against actual. */
  public static String diff(String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("--- expected");
    lines.add("+++ actual");
    int i = 0;
    int j = 0;
    int lastPrinted = -10;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        i++;
        j++;
        continue;
      }
      if (i - lastPrinted > 1) {
        lines.add("@@ line " + (i + 1) + " @@");
        if (i > 0) {
          lines.add(" " + a[i - 1]);
        }
      }
      if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        lines.add("+" + b[j++]);
      } else {
        lines.add("-" + a[i++]);
      }
      lastPrinted = i;
      if (lines.size() > 60) {
        lines.add("... (diff truncated)");
        break;
      }
    }
    return String.join("\n", lines);
  }
}
