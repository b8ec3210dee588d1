package dev.airgap.maven.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of airgap:init, without Maven or AWS. */
class ConfigRepoTest {
  @TempDir Path dir;

  static InitRequest request(Path dir, InitRequest.Answers answers) {
    return new InitRequest(
        dir, "com.example", "backup-config", "9.9.9", answers, Optional.empty(), Optional.empty());
  }

  static final InitRequest.Answers ALL =
      new InitRequest.Answers(
          Optional.of("o-a1b2c3d4e5"),
          Optional.of("111111111111"),
          Optional.of("222222222222"),
          Optional.of("ou-ab12-backup01"),
          List.of("ou-ab12-workload1"),
          List.of("eu-west-1"),
          List.of("arn:aws:iam::222222222222:role/BackupVaultAdmin"),
          List.of("security@example.com"));

  static CompileResult compile(String yaml) {
    return AirGapCompiler.standard()
        .compile(ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName(
      "without answers or discovery every choice is a TODO: validation reports AG1090 at each,"
          + " located, and nothing else but the governance-lock warning")
  void todosOnly() {
    // When
    Map<String, String> files =
        ConfigRepo.files(request(dir, InitRequest.Answers.none()), Optional.empty());

    // Then
    CompileResult result = compile(files.get("airgap.yaml"));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().all())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId)
        .containsOnly("AG1090")
        .hasSize(9);
    assertThat(result.findings().all())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(f -> f.location().toString() + " " + f.pointer())
        .contains(
            "airgap.yaml:7:3 /organization/id",
            "airgap.yaml:32:27 /members/targets/organizationalUnits/0");
    assertThat(result.findings().all())
        .filteredOn(f -> f.severity() != Severity.ERROR)
        .extracting(Finding::ruleId)
        .containsExactly("AG2023");
  }

  @Test
  @DisplayName("with every answer given the model compiles: templates, no error")
  void answered() {
    // When
    Map<String, String> files = ConfigRepo.files(request(dir, ALL), Optional.empty());

    // Then
    String yaml = files.get("airgap.yaml");
    assertThat(yaml).doesNotContain("\"TODO");
    CompileResult result = compile(yaml);
    assertThat(result.findings().hasErrors()).as(result.findings().all().toString()).isFalse();
    assertThat(result.files()).extracting(f -> f.path()).contains("central-vault.yaml");
  }

  @Test
  @DisplayName(
      "the POM is standalone and pins the plugin version; the schema comment points at the copied"
          + " schema; the workflows upload SARIF, comment the diff and deploy through OIDC")
  void fileSet() {
    // When
    Map<String, String> files = ConfigRepo.files(request(dir, ALL), Optional.empty());

    // Then
    assertThat(files.keySet())
        .containsExactly(
            "pom.xml",
            "airgap.yaml",
            ".gitignore",
            "README.md",
            ".github/workflows/airgap-pull-request.yml",
            ".github/workflows/airgap-deploy.yml",
            ".airgap/airgap.schema.json");
    String pom = files.get("pom.xml");
    assertThat(pom)
        .doesNotContain("<parent>")
        .contains("<groupId>com.example</groupId>", "<artifactId>backup-config</artifactId>")
        .contains("<airgap.version>9.9.9</airgap.version>", "<version>${airgap.version}</version>")
        .doesNotContain("@");
    assertThat(files.get("airgap.yaml"))
        .startsWith("# yaml-language-server: $schema=.airgap/airgap.schema.json\n");
    assertThat(files.get(".airgap/airgap.schema.json")).contains("\"$schema\"");
    assertThat(files.get(".github/workflows/airgap-pull-request.yml"))
        .contains("upload-sarif", "-Dairgap.format=sarif", "-Dairgap.check=true")
        .contains("airgap:diff -Dairgap.format=markdown", "updateComment", "IRREVERSIBLE");
    assertThat(files.get(".github/workflows/airgap-deploy.yml"))
        .contains("id-token: write", "configure-aws-credentials", "airgap:deploy");
    assertThat(files.get(".gitignore")).contains("target/");
  }

  @Test
  @DisplayName("writes into a new directory and into one that holds only .git")
  void writes() throws IOException {
    // Given
    Files.createDirectories(dir.resolve("repo/.git"));
    Map<String, String> files = ConfigRepo.files(request(dir, ALL), Optional.empty());

    // When
    ConfigRepo.write(dir.resolve("new"), files);
    ConfigRepo.write(dir.resolve("repo"), files);

    // Then
    for (String root : List.of("new", "repo")) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        assertThat(dir.resolve(root).resolve(f.getKey())).hasContent(f.getValue());
      }
    }
  }

  @Test
  @DisplayName("refuses a directory that holds anything else, names what is there, writes nothing")
  void refuses() throws IOException {
    // Given
    Path target = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(target.resolve("notes.txt"), "mine");
    Map<String, String> files = ConfigRepo.files(request(dir, ALL), Optional.empty());

    // When / Then
    assertThatThrownBy(() -> ConfigRepo.write(target, files))
        .isInstanceOf(InitRefusedException.class)
        .hasMessageContaining("is not empty (notes.txt)")
        .hasMessageContaining("overwrites nothing");
    try (var s = Files.list(target)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
    assertThat(target.resolve("notes.txt")).hasContent("mine");
  }
}
