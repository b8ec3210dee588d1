package dev.airgap.generator.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.airgap.generator.Golden;
import dev.airgap.generator.units.OutputSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The AWS Control Tower proactive controls for KMS and IAM, run by cfn-guard over every generated
 * template: every golden case, the top-level {@code templates/} and each example's {@code
 * templates/} (issue 10). cfn-guard and the rules come from the npm package pinned in {@code
 * tools/cfn-guard/package.json}; a missing install fails the test with the command that installs
 * it, so CI cannot pass without running the rules. Rules that report SKIP everywhere and why they
 * do not apply: docs/control-tower-rules.md.
 */
class ControlTowerGuardRulesTest {
  static final String INSTALL = "npm ci --prefix tools/cfn-guard";
  static final Path PACKAGE =
      Path.of("tools", "cfn-guard", "node_modules", "@cdklabs", "cdk-validator-cfnguard");
  private static final Pattern CONTROL_ID = Pattern.compile("\\[(CT\\.[A-Z]+\\.PR\\.\\d+)\\]");
  private static final Pattern RESOURCE = Pattern.compile("/Resources/([A-Za-z0-9]+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  /**
   * Rules that must evaluate (PASS, not SKIP) on a template holding the resource: guards against a
   * rule silently matching nothing after an upgrade of the package.
   */
  private static final Map<String, List<String>> MUST_EVALUATE =
      Map.of(
          "keymanagementservice",
          List.of("kms_key_rotation_enabled_check", "kms_create_grant_aws_service_check"),
          "identityandaccessmanagement",
          List.of(
              "iam_inline_policy_no_statements_with_admin_access_check",
              "iam_inline_policy_no_statements_with_full_access_check"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"keymanagementservice", "identityandaccessmanagement"})
  @DisplayName("cfn-guard: every generated template passes the Control Tower rules")
  void controlTowerRulesPass(String ruleSet) throws Exception {
    Path root = Golden.repoRoot();
    Path guard = cfnGuard(root);
    Path rules = root.resolve(PACKAGE).resolve("rules/control-tower/cfn-guard").resolve(ruleSet);
    assertThat(rules).as("rules directory of the pinned package").isDirectory();
    List<Path> templates = templates(root);
    assertThat(templates).as("templates to check").hasSizeGreaterThanOrEqualTo(40);

    List<String> command =
        new ArrayList<>(List.of(guard.toString(), "validate", "-r", rules.toString()));
    for (Path t : templates) {
      command.add("-d");
      command.add(t.toString());
    }
    command.addAll(List.of("--structured", "--output-format", "json", "--show-summary", "none"));
    Path out = Files.createTempFile("cfn-guard-", ".json");
    Path err = Files.createTempFile("cfn-guard-", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("cfn-guard did not finish within 120 s");
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      // 0: all pass or skip; 19: a rule failed. Anything else is an error of cfn-guard itself.
      assertThat(process.exitValue())
          .as("cfn-guard exit code; stderr:\n" + stderr + "\nstdout:\n" + head(stdout))
          .isIn(0, 19);
      report(root, ruleSet, templates, JSON.readTree(stdout));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static void report(Path root, String ruleSet, List<Path> templates, JsonNode results)
      throws IOException {
    Map<String, JsonNode> byFile = new TreeMap<>();
    results.forEach(r -> byFile.put(r.path("name").asText(), r));
    List<String> failures = new ArrayList<>();
    List<String> notEvaluated = new ArrayList<>();
    Map<String, int[]> counts = new TreeMap<>();
    for (Path template : templates) {
      String name = root.relativize(template).toString();
      JsonNode result = byFile.get(template.toString());
      if (result == null) {
        failures.add(name + ": no result from cfn-guard (not parsed?)");
        continue;
      }
      Set<String> passed = names(result.path("compliant"));
      Set<String> failed = new LinkedHashSet<>();
      for (JsonNode rule : result.path("not_compliant")) {
        String ruleName = rule.path("Rule").path("name").asText("?");
        failed.add(ruleName);
        failures.add(name + ": " + describe(ruleName, rule));
      }
      Set<String> all = new LinkedHashSet<>(names(result.path("not_applicable")));
      all.addAll(passed);
      all.addAll(failed);
      for (String rule : all) {
        int[] c = counts.computeIfAbsent(rule, k -> new int[3]);
        c[failed.contains(rule) ? 1 : passed.contains(rule) ? 0 : 2]++;
      }
      if (needsEvaluation(ruleSet, template)) {
        for (String rule : MUST_EVALUATE.get(ruleSet)) {
          if (!passed.contains(rule) && !failed.contains(rule)) {
            notEvaluated.add(name + ": " + rule);
          }
        }
      }
    }
    StringBuilder summary =
        new StringBuilder("cfn-guard " + ruleSet + " (PASS/FAIL/SKIP per rule):");
    counts.forEach(
        (rule, c) ->
            summary.append(
                String.format(Locale.ROOT, "%n  %-60s %d/%d/%d", rule, c[0], c[1], c[2])));
    System.out.println(summary);
    assertThat(failures).as("Control Tower rule failures (" + ruleSet + ")\n" + summary).isEmpty();
    assertThat(notEvaluated)
        .as("rules that skipped a template holding the resource they check\n" + summary)
        .isEmpty();
  }

  /** Rule name, control id(s), resources and the rule's fix text of one failing rule. */
  private static String describe(String ruleName, JsonNode rule) {
    String text = rule.toString();
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = CONTROL_ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    Set<String> resources = new LinkedHashSet<>();
    m = RESOURCE.matcher(text);
    while (m.find()) {
      resources.add(m.group(1));
    }
    String message = "";
    for (JsonNode custom : rule.findValues("custom_message")) {
      if (custom.isTextual() && custom.asText().contains("[CT.")) {
        message = custom.asText().strip().replaceAll("\\s*\\n\\s*", " ");
        break;
      }
    }
    return ruleName
        + " on "
        + resources
        + ": "
        + (message.isEmpty() ? String.join(",", ids) : message);
  }

  /** Whether a template holds a resource that the set's must-evaluate rules report on. */
  private static boolean needsEvaluation(String ruleSet, Path template) throws IOException {
    for (JsonNode resource : YAML.readTree(template.toFile()).path("Resources")) {
      String type = resource.path("Type").asText();
      if (ruleSet.equals("keymanagementservice") && type.equals("AWS::KMS::Key")) {
        return true;
      }
      if (ruleSet.equals("identityandaccessmanagement")
          && type.equals("AWS::IAM::Role")
          && resource.path("Properties").path("Policies").size() > 0) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    array.forEach(
        n -> names.add(n.isTextual() ? n.asText() : n.path("Rule").path("name").asText()));
    return names;
  }

  /** The cfn-guard binary of the pinned package for this OS and architecture; fails if missing. */
  static Path cfnGuard(Path root) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String osDir = os.contains("linux") ? "ubuntu" : os.contains("mac") ? "macos" : null;
    String archDir =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default -> null;
        };
    if (osDir == null || archDir == null) {
      fail(
          "the pinned cfn-guard package has binaries for Linux and macOS on x86_64 and aarch64 only, not "
              + os
              + "/"
              + arch);
    }
    Path binary =
        root.resolve(PACKAGE).resolve("bin").resolve(osDir).resolve(archDir).resolve("cfn-guard");
    if (!Files.isExecutable(binary)) {
      fail(
          "cfn-guard is not installed ("
              + binary
              + " is missing or not executable); install it from "
              + "the repository root with: "
              + INSTALL);
    }
    return binary;
  }

  /**
   * Every template of every golden case, of {@code templates/} and of {@code
   * examples/*}/templates/.
   */
  static List<Path> templates(Path root) throws IOException {
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> cases =
        Files.list(root.resolve("airgap-generator/src/test/resources/golden"))) {
      cases.filter(Files::isDirectory).map(c -> c.resolve("expected")).forEach(dirs::add);
    }
    // The recovery organization's output set is a directory of its own (OutputSets).
    new ArrayList<>(dirs).forEach(d -> dirs.add(d.resolve(OutputSets.RECOVERY_DIRECTORY)));
    dirs.add(root.resolve("templates"));
    try (Stream<Path> examples = Files.list(root.resolve("examples"))) {
      examples.filter(Files::isDirectory).map(e -> e.resolve("templates")).forEach(dirs::add);
    }
    List<Path> templates = new ArrayList<>();
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(p -> p.toString().endsWith(".yaml"))
              .forEach(p -> templates.add(p.toAbsolutePath()));
        }
      }
    }
    return templates.stream().sorted().toList();
  }

  private static String head(String s) {
    return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
  }
}
