package dev.airgap.maven.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a new config repository, and writing them without touching anything that exists.
 * Static files are resources under {@code dev/airgap/maven/init/}; {@code @token@} in them is
 * replaced (GitHub Actions already uses {@code ${{ }}}).
 */
public final class ConfigRepo {
  private ConfigRepo() {}

  /** Where the copy of the model's JSON schema goes; airgap.yaml's first line points at it. */
  static final String SCHEMA_PATH = ".airgap/airgap.schema.json";

  private static final String SCHEMA_RESOURCE = "/dev/airgap/model/airgap.schema.json";

  /** The files by path relative to the repository, in the order they are written and listed. */
  public static Map<String, String> files(
      InitRequest request, Optional<DiscoveredOrganization> org) {
    Map<String, String> tokens =
        Map.of(
            "groupId", request.groupId(),
            "artifactId", request.artifactId(),
            "pluginVersion", request.pluginVersion(),
            "organization", org.map(DiscoveredOrganization::id).orElse("your organization"));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("pom.xml", template("pom.xml", tokens));
    files.put("airgap.yaml", ModelText.render(request, org));
    files.put(".gitignore", template("gitignore", tokens));
    files.put("README.md", template("README.md", tokens));
    files.put(".github/workflows/airgap-pull-request.yml", template("pull-request.yml", tokens));
    files.put(".github/workflows/airgap-deploy.yml", template("deploy.yml", tokens));
    files.put(SCHEMA_PATH, resource(SCHEMA_RESOURCE));
    return files;
  }

  /**
   * Writes the files into {@code directory}, which must not exist or hold nothing but {@code .git}
   * (so {@code git init} first is fine). Everything is checked before the first write, so a refusal
   * writes nothing.
   *
   * @throws InitRefusedException when the directory is a file or holds anything else
   */
  public static void write(Path directory, Map<String, String> files) {
    List<String> present = existing(directory);
    if (!present.isEmpty()) {
      throw new InitRefusedException(
          directory
              + " is not empty ("
              + String.join(", ", present)
              + "): airgap:init writes only into a new or empty directory and overwrites nothing;"
              + " choose another -Dairgap.init.directory");
    }
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = directory.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        // CREATE_NEW: even a file that appeared since the check is not overwritten.
        Files.writeString(
            target,
            f.getValue(),
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE_NEW);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the config repository into " + directory, e);
    }
  }

  private static List<String> existing(Path directory) {
    if (!Files.exists(directory)) {
      return List.of();
    }
    if (!Files.isDirectory(directory)) {
      return List.of("a file, not a directory");
    }
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals(".git"))
          .sorted()
          .limit(5)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }

  private static String template(String name, Map<String, String> tokens) {
    String text = resource("/dev/airgap/maven/init/" + name);
    for (Map.Entry<String, String> t : tokens.entrySet()) {
      text = text.replace("@" + t.getKey() + "@", t.getValue());
    }
    return text;
  }

  private static String resource(String path) {
    try (InputStream in = ConfigRepo.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
