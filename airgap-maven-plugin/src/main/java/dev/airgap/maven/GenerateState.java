package dev.airgap.maven;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.util.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last {@code generate} wrote, from which model and which generator, kept under the build
 * directory (never in the committed output: the generator's identity changes with every build of
 * it). When the model bytes, the generator jars and every written file are unchanged, {@code
 * generate} has nothing to do and skips compiling, which is most of its cost in a fresh JVM
 * (BENCHMARKS.md). Any doubt means "not up to date": a generator loaded from class directories
 * (inside this reactor) is never trusted, and a missing or unreadable state compiles again.
 *
 * <p>Format: {@code fingerprint <hex>}, then {@code file <sha256> <path>} per output file, then
 * {@code report <line>} for each line of the findings report the compile logged.
 */
final class GenerateState {
  static final String FILE = "airgap/generate-state.txt";

  private GenerateState() {}

  /** A last run's outcome that still holds. */
  record UpToDate(List<String> reportLines, int fileCount) {}

  /**
   * The fingerprint of this model, written to this directory, by the generator with this identity.
   */
  static String fingerprint(String generatorIdentity, ModelSource model, Path outputDirectory) {
    MessageDigest digest = Sha256.digest();
    digest.update(generatorIdentity.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(
        outputDirectory.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(model.content());
    return Sha256.hex(digest);
  }

  /**
   * The last run's report when its fingerprint matches and every file it wrote is still
   * byte-identical.
   */
  static Optional<UpToDate> check(Path stateFile, String fingerprint, Path outputDirectory) {
    try {
      if (!Files.isRegularFile(stateFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals("fingerprint " + fingerprint)) {
        return Optional.empty();
      }
      List<String> report = new ArrayList<>();
      int files = 0;
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith("file ")) {
          String[] parts = line.split(" ", 3);
          Path file = outputDirectory.resolve(parts[2]);
          if (!Files.isRegularFile(file) || !parts[1].equals(sha256Hex(Files.readAllBytes(file)))) {
            return Optional.empty();
          }
          files++;
        } else if (line.startsWith("report ")) {
          report.add(line.substring("report ".length()));
        }
      }
      return files == 0 ? Optional.empty() : Optional.of(new UpToDate(report, files));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // any doubt: compile again
    }
  }

  /** Records a successful generate; failing to record only costs the next run its shortcut. */
  static void record(
      Path stateFile, String fingerprint, Path outputDirectory, List<String> paths, String report) {
    try {
      StringBuilder out = new StringBuilder("fingerprint ").append(fingerprint).append('\n');
      for (String path : paths) {
        out.append("file ")
            .append(sha256Hex(Files.readAllBytes(outputDirectory.resolve(path))))
            .append(' ')
            .append(path)
            .append('\n');
      }
      for (String line : report.split("\n")) {
        out.append("report ").append(line).append('\n');
      }
      Files.createDirectories(stateFile.getParent());
      Files.writeString(stateFile, out, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(stateFile);
      } catch (IOException ignored) {
        // nothing recorded, nothing trusted: the next run compiles
      }
    }
  }

  /**
   * SHA-256 of the jars holding the model and the generator; empty when either is a class
   * directory.
   */
  static Optional<String> generatorIdentity() {
    MessageDigest digest = Sha256.digest();
    for (Class<?> type : List.of(ModelReader.class, AirGapCompiler.class, GenerateState.class)) {
      try {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
          return Optional.empty();
        }
        Path location = Path.of(source.getLocation().toURI());
        if (!Files.isRegularFile(location)) {
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(location)) {
          byte[] buffer = new byte[64 * 1024];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
          }
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(Sha256.hex(digest));
  }

  private static String sha256Hex(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
