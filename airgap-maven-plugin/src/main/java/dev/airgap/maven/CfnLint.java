package dev.airgap.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.model.io.SourceLocation;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code cfn-lint --format json} over the generated templates and turns each match into a
 * {@link Finding}. Decision: every match gets our rule id {@code AG5900} (so reports, SARIF and
 * severity overrides stay in one id space), and cfn-lint's own id leads the message ({@code
 * cfn-lint E3002: …}) so it can still be searched. cfn-lint's {@code Error} is an error, {@code
 * Warning} a warning; {@code Informational} matches are dropped. Locations name the file in the
 * output directory ({@code templates/central-vault.yaml:12:7}), although the lint runs on fresh
 * copies under {@code target/airgap/cfn-lint/}.
 */
final class CfnLint implements TemplateLinter {
  static final String RULE_ID = "AG5900";

  /** Metadata of AG5900 for SARIF's rule list. */
  static final RuleInfo INFO =
      new RuleInfo(
          RULE_ID,
          Severity.ERROR,
          "cfn-lint reports a problem in a generated template",
          "cfn-lint checks templates against the CloudFormation resource specification; a template it rejects would "
              + "fail at deploy time (design.md, validation layer 4).",
          "Read cfn-lint's rule id in the message; a value from the model may be invalid for AWS, otherwise report "
              + "a generator bug.");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 300;

  private final String command;

  CfnLint(String command) {
    this.command = command;
  }

  static CfnLint onPath() {
    return new CfnLint("cfn-lint");
  }

  @Override
  public Optional<List<Finding>> lint(
      Path workDirectory, Map<String, byte[]> templates, String displayPrefix) {
    if (!isInstalled()) {
      return Optional.empty();
    }
    Path inputs = workDirectory.resolve("templates");
    Path stdout = workDirectory.resolve("cfn-lint.json");
    Path stderr = workDirectory.resolve("cfn-lint.err");
    List<String> commandLine = new ArrayList<>(List.of(command, "--format", "json", "--"));
    try {
      deleteRecursively(workDirectory);
      Files.createDirectories(inputs);
      for (Map.Entry<String, byte[]> t : templates.entrySet()) {
        Path file = inputs.resolve(t.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, t.getValue());
        commandLine.add(t.getKey());
      }
    } catch (IOException e) {
      throw new FileAccessException("write", inputs, e);
    }
    try {
      Process process =
          new ProcessBuilder(commandLine)
              .directory(inputs.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new CfnLintException(
            CfnLintException.Problem.TIMED_OUT,
            "no result after " + TIMEOUT_SECONDS + " s: " + String.join(" ", commandLine),
            null);
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      JsonNode matches;
      try {
        matches = JSON.readTree(out);
      } catch (IOException e) {
        matches = null;
      }
      if (matches == null || !matches.isArray()) {
        String err = Files.readString(stderr, StandardCharsets.UTF_8).strip();
        throw new CfnLintException(
            CfnLintException.Problem.FAILED,
            "exit code " + process.exitValue() + ": " + tail(err.isEmpty() ? out : err),
            null);
      }
      return Optional.of(findings(matches, displayPrefix));
    } catch (IOException e) {
      throw new CfnLintException(CfnLintException.Problem.FAILED, e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CfnLintException(CfnLintException.Problem.TIMED_OUT, "interrupted", e);
    }
  }

  /** Maps cfn-lint's JSON matches; package-private for tests. */
  static List<Finding> findings(JsonNode matches, String displayPrefix) {
    List<Finding> findings = new ArrayList<>();
    for (JsonNode m : matches) {
      String level = m.path("Level").asText("Error");
      if (level.equalsIgnoreCase("Informational")) {
        continue;
      }
      Severity severity = level.equalsIgnoreCase("Warning") ? Severity.WARNING : Severity.ERROR;
      String file = m.path("Filename").asText("template.yaml").replace('\\', '/');
      String display = displayPrefix.isEmpty() ? file : displayPrefix + "/" + file;
      JsonNode start = m.path("Location").path("Start");
      SourceLocation location =
          new SourceLocation(
              display,
              Math.max(1, start.path("LineNumber").asInt(1)),
              Math.max(1, start.path("ColumnNumber").asInt(1)));
      StringBuilder pointer = new StringBuilder();
      for (JsonNode segment : m.path("Location").path("Path")) {
        pointer.append('/').append(segment.asText().replace("~", "~0").replace("/", "~1"));
      }
      String ruleId = m.path("Rule").path("Id").asText("?");
      String source = m.path("Rule").path("Source").asText("");
      findings.add(
          new Finding(
              RULE_ID,
              severity,
              pointer.toString(),
              "cfn-lint " + ruleId + ": " + m.path("Message").asText(),
              source.isEmpty() ? "" : "see " + source,
              location));
    }
    return findings;
  }

  private boolean isInstalled() {
    try {
      Process p =
          new ProcessBuilder(command, "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String tail(String text) {
    return text.length() <= 500 ? text : "…" + text.substring(text.length() - 500);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
