package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CfnLintTest {

  /** The shape cfn-lint 1.x prints with --format json (captured from cfn-lint 1.51.0). */
  static final String MATCHES =
      """
      [
        {"Filename": "central-vault.yaml", "Level": "Error",
         "Location": {"Start": {"LineNumber": 6, "ColumnNumber": 7}, "Path": ["Resources", "V", "Properties", "BackupVaultNam"]},
         "Message": "Additional properties are not allowed ('BackupVaultNam' was unexpected)",
         "Rule": {"Id": "E3002", "Source": "https://github.com/aws-cloudformation/cfn-lint"}},
        {"Filename": "central-vault.yaml", "Level": "Warning",
         "Location": {"Start": {"LineNumber": 2, "ColumnNumber": 1}, "Path": ["Resources"]},
         "Message": "w", "Rule": {"Id": "W1001", "Source": ""}},
        {"Filename": "central-vault.yaml", "Level": "Informational",
         "Location": {"Start": {"LineNumber": 1, "ColumnNumber": 1}, "Path": []},
         "Message": "i", "Rule": {"Id": "I1002", "Source": ""}}
      ]
      """;

  @Test
  @DisplayName(
      "matches become AG5900 findings at the output file's position, cfn-lint's id first in the message")
  void mapping() throws Exception {
    List<Finding> findings = CfnLint.findings(new ObjectMapper().readTree(MATCHES), "templates");

    assertThat(findings).hasSize(2);
    Finding error = findings.get(0);
    assertThat(error.ruleId()).isEqualTo("AG5900");
    assertThat(error.severity()).isEqualTo(Severity.ERROR);
    assertThat(error.location().toString()).isEqualTo("templates/central-vault.yaml:6:7");
    assertThat(error.pointer()).isEqualTo("/Resources/V/Properties/BackupVaultNam");
    assertThat(error.message())
        .isEqualTo(
            "cfn-lint E3002: Additional properties are not allowed ('BackupVaultNam' was unexpected)");
    assertThat(error.hint()).isEqualTo("see https://github.com/aws-cloudformation/cfn-lint");
    assertThat(findings.get(1).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  @DisplayName("a command that is not installed reports 'not installed' as empty")
  void notInstalled(@TempDir Path dir) {
    Optional<List<Finding>> result =
        new CfnLint("airgap-no-such-cfn-lint")
            .lint(
                dir,
                Map.of("t.yaml", "Resources: {}\n".getBytes(StandardCharsets.UTF_8)),
                "templates");

    assertThat(result).isEmpty();
  }

  @Test
  @DisplayName("the real cfn-lint, when installed, finds a misspelt property")
  void realCfnLint(@TempDir Path dir) {
    CfnLint lint = CfnLint.onPath();
    String template =
        """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          V:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultNam: x
        """;
    Optional<List<Finding>> result =
        lint.lint(
            dir,
            Map.of("central-vault.yaml", template.getBytes(StandardCharsets.UTF_8)),
            "templates");
    assumeTrue(result.isPresent(), "cfn-lint is not installed here");

    assertThat(result.get())
        .extracting(Finding::message)
        .anyMatch(m -> m.startsWith("cfn-lint E3002: "));
    assertThat(result.get())
        .extracting(f -> f.location().toString())
        .contains("templates/central-vault.yaml:6:7");
  }
}
