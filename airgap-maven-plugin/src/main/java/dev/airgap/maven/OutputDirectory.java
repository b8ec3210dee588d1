package dev.airgap.maven;

import dev.airgap.generator.GeneratedFile;
import dev.airgap.generator.diff.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The output directory of {@code generate}, which users commit. airgap owns only the files it
 * generated: their paths are kept in the index file {@value #INDEX} (sorted, one per line,
 * committed with them). A file that is in the index but no longer generated is removed; any other
 * file in the directory is left alone. The index is itself part of the expected output, so check
 * mode notices when it is stale too.
 */
final class OutputDirectory {
  /** Lists the files airgap generated here, so it removes only those. */
  static final String INDEX = ".airgap-generated";

  private static final String INDEX_HEADER =
      "# Written by airgap:generate: the files it owns in this directory. It deletes only these\n"
          + "# when they are no longer generated. Commit this file with them.\n";
  private static final int DIFF_CONTEXT = 3;
  private static final int DIFF_LINES = 30;

  private final Path dir;

  OutputDirectory(Path dir) {
    this.dir = dir;
  }

  /** What {@link #sync} did, each list in path order. */
  record SyncResult(List<String> written, List<String> unchanged, List<String> removed) {}

  /** The files this directory should hold for {@code files}: those plus the index. */
  static Map<String, byte[]> expected(List<GeneratedFile> files) {
    Map<String, byte[]> expected = new TreeMap<>();
    StringBuilder index = new StringBuilder(INDEX_HEADER);
    for (GeneratedFile f : files) {
      checkRelative(f.path());
      expected.put(f.path(), f.content());
    }
    expected.keySet().forEach(path -> index.append(path).append('\n'));
    expected.put(INDEX, index.toString().getBytes(StandardCharsets.UTF_8));
    return expected;
  }

  /** Writes changed files atomically, leaves unchanged ones untouched, removes retired ones. */
  SyncResult sync(List<GeneratedFile> files) {
    Map<String, byte[]> expected = expected(files);
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    TreeSet<String> previous = previouslyGenerated();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new FileAccessException("create", dir, e);
    }
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      Path target = resolve(e.getKey());
      if (Arrays.equals(readIfExists(target), e.getValue())) {
        unchanged.add(e.getKey());
      } else {
        writeAtomically(target, e.getValue());
        written.add(e.getKey());
      }
    }
    for (String old : previous) {
      if (!expected.containsKey(old)) {
        Path target = resolve(old);
        try {
          if (Files.deleteIfExists(target)) {
            removed.add(old);
          }
        } catch (IOException e) {
          throw new FileAccessException("delete", target, e);
        }
      }
    }
    return new SyncResult(written, unchanged, removed);
  }

  /** Every file that differs from what {@link #sync} would write; writes nothing. */
  List<StaleFile> check(List<GeneratedFile> files) {
    Map<String, byte[]> expected = expected(files);
    List<StaleFile> stale = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      byte[] actual = readIfExists(resolve(e.getKey()));
      String fresh = new String(e.getValue(), StandardCharsets.UTF_8);
      if (actual == null) {
        stale.add(new StaleFile(e.getKey(), StaleFile.State.MISSING, ""));
      } else if (!Arrays.equals(actual, e.getValue())) {
        String committed = new String(actual, StandardCharsets.UTF_8);
        stale.add(
            new StaleFile(
                e.getKey(),
                StaleFile.State.STALE,
                UnifiedDiff.of(
                    "committed/" + e.getKey(),
                    "generated/" + e.getKey(),
                    committed,
                    fresh,
                    DIFF_CONTEXT,
                    DIFF_LINES)));
      }
    }
    for (String old : previouslyGenerated()) {
      if (!expected.containsKey(old) && Files.exists(resolve(old))) {
        stale.add(new StaleFile(old, StaleFile.State.EXTRA, ""));
      }
    }
    stale.sort(java.util.Comparator.comparing(StaleFile::path));
    return stale;
  }

  /**
   * The committed files airgap owns (those in the index) plus any file at a path in {@code fresh},
   * by path: the "before" side of a diff.
   */
  Map<String, byte[]> committed(Iterable<String> fresh) {
    TreeSet<String> paths = previouslyGenerated();
    fresh.forEach(paths::add);
    paths.remove(INDEX);
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String path : paths) {
      checkRelative(path);
      byte[] content = readIfExists(resolve(path));
      if (content != null) {
        out.put(path, content);
      }
    }
    return out;
  }

  /** Paths listed in the committed index; empty when there is none. */
  TreeSet<String> previouslyGenerated() {
    TreeSet<String> paths = new TreeSet<>();
    byte[] index = readIfExists(dir.resolve(INDEX));
    if (index == null) {
      return paths;
    }
    for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
      String path = line.strip();
      if (!path.isEmpty() && !path.startsWith("#") && isSafeRelative(path)) {
        paths.add(path);
      }
    }
    return paths;
  }

  private Path resolve(String relative) {
    return dir.resolve(relative.replace('/', java.io.File.separatorChar));
  }

  private byte[] readIfExists(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new FileAccessException("read", path, e);
    }
  }

  /**
   * Temp file in the same directory, then an atomic rename: readers never see half a file. The temp
   * file is created like any new file (mode 0666 minus the umask, typically 0644), not with {@code
   * Files.createTempFile}, whose owner-only 0600 would survive the rename.
   */
  private static void writeAtomically(Path target, byte[] content) {
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = target.resolveSibling(".airgap-" + java.util.UUID.randomUUID() + ".tmp");
      Files.write(
          tmp,
          content,
          java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new FileAccessException("write", target, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Best effort: the move normally consumed it.
        }
      }
    }
  }

  private static boolean isSafeRelative(String path) {
    return !path.startsWith("/")
        && !path.contains("\\")
        && !path.contains(":")
        && Arrays.stream(path.split("/"))
            .noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
  }

  private static void checkRelative(String path) {
    if (!isSafeRelative(path)) {
      throw new IllegalArgumentException(
          "generated file path must be relative and inside the output directory: " + path);
    }
  }
}
