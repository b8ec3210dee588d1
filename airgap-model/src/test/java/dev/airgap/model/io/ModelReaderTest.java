package dev.airgap.model.io;

import static dev.airgap.model.validate.TestModels.BASIC;
import static dev.airgap.model.validate.TestModels.MEMBERS_END;
import static dev.airgap.model.validate.TestModels.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Validator;
import dev.airgap.model.validate.report.HumanReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ModelReader reads airgap.yaml strictly and locates every problem")
class ModelReaderTest {

  private static ReadResult read(String yaml) {
    return ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Every finding but AG2023: the basic model's governance lock warns by design, and these tests
   * are about reading, not about that rule.
   */
  private static List<Finding> findings(String yaml) {
    return Validator.standard().validate(read(yaml)).all().stream()
        .filter(f -> !f.ruleId().equals("AG2023"))
        .toList();
  }

  private static final String GOVERNANCE_WARNING =
      "airgap.yaml:14:7: warning: /central/vault/lock/mode: is governance:"
          + " the admins and the management account can still remove the lock and delete the backups; everyone else is"
          + " denied [AG2023]\n    hint: use mode: compliance for a lock nobody can remove\n";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"012345678901\"", "012345678901", "012345670123", "'000000000001'"})
  @DisplayName("account ids keep their leading zeros, quoted or not")
  void leadingZerosSurvive(String written) {
    // Given
    String expected = written.replace("\"", "").replace("'", "");
    String yaml =
        edit(
            BASIC,
            "account: \"222222222222\"",
            "account: " + written,
            "iam::222222222222:role",
            "iam::" + expected + ":role");
    // When
    ReadResult result = read(yaml);
    // Then
    assertThat(result.model()).map(m -> m.central().account()).contains(expected);
    assertThat(findings(yaml)).isEmpty();
  }

  @Test
  @DisplayName("the basic model binds with its defaults")
  void bindsDefaults() {
    AirGapModel model = read(BASIC).model().orElseThrow();
    assertThat(model.members().vault().name()).isEqualTo(ModelReader.DEFAULT_MEMBER_VAULT);
    assertThat(model.members().backupRoleName()).isEqualTo(ModelReader.DEFAULT_BACKUP_ROLE);
    assertThat(model.deploy().stackSetNamePrefix()).isEqualTo(ModelReader.DEFAULT_PREFIX);
    assertThat(model.plans().get("daily").startWindowMinutes())
        .isEqualTo(ModelReader.DEFAULT_START_WINDOW_MINUTES);
    assertThat(model.plans().get("daily").completionWindowMinutes())
        .isEqualTo(ModelReader.DEFAULT_COMPLETION_WINDOW_MINUTES);
    assertThat(model.plans().get("daily").selection().optOutTag().key()).isEqualTo("backup");
    assertThat(model.plans().get("daily").selection().optOutTag().value()).isEqualTo("false");
    assertThat(model.protection().scp().targets()).isEqualTo(model.members().targets());
  }

  @Test
  @DisplayName("an unknown key is reported at its line:col with a suggestion")
  void unknownKey() {
    List<Finding> findings =
        findings(edit(BASIC, "  id: o-a1b2c3d4e5\n", "  id: o-a1b2c3d4e5\n  partiton: aws\n"));
    assertThat(findings)
        .extracting(
            Finding::ruleId,
            f -> f.location().toString(),
            Finding::pointer,
            Finding::message,
            Finding::hint)
        .containsExactly(
            tuple(
                "AG0002",
                "airgap.yaml:3:3",
                "/organization/partiton",
                "unknown key 'partiton'; allowed here: delegatedAdminAccount, deployFrom, id, managementAccount, partition",
                "did you mean 'partition'?"));
  }

  @Test
  @DisplayName("type errors are reported at the key's line:col")
  void typeErrors() {
    String yaml =
        edit(
            BASIC,
            "      minRetentionDays: 7\n",
            "      minRetentionDays: \"7\"\n",
            "  regions: [eu-west-1]\n  vault",
            "  regions: eu-west-1\n  vault");
    assertThat(findings(yaml))
        .extracting(Finding::ruleId, f -> f.location().toString(), Finding::message, Finding::hint)
        .containsExactly(
            tuple("AG0004", "airgap.yaml:8:3", "expected a list, found a string (eu-west-1)", ""),
            tuple(
                "AG0004",
                "airgap.yaml:13:7",
                "expected a number, found a string (7)",
                "remove the quotes: 7"));
  }

  @Test
  @DisplayName("a duplicate key is reported at its second occurrence")
  void duplicateKey() {
    String yaml =
        edit(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  id: o-b1b2c3d4e5\n");
    assertThat(findings(yaml))
        .extracting(
            Finding::ruleId, f -> f.location().toString(), Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "AG0003",
                "airgap.yaml:4:3",
                "/organization/id",
                "key 'id' is already defined at line 2"));
  }

  @Test
  @DisplayName("a tab in the indentation is a syntax finding with a hint, not an exception")
  void tabs() {
    ReadResult result = read(edit(BASIC, "  id: o-a1b2c3d4e5\n", "\tid: o-a1b2c3d4e5\n"));
    assertThat(result.model()).isEmpty();
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG0001");
              assertThat(f.location().toString()).isEqualTo("airgap.yaml:2:1");
              assertThat(f.hint())
                  .isEqualTo("YAML indentation must use spaces; replace the tab characters");
            });
  }

  @Test
  @DisplayName("anchors and aliases are refused once each, without a second 'missing' finding")
  void aliases() {
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: &r [eu-west-1]\n  vault",
            MEMBERS_END,
            "  regions: *r\n\nplans:");
    assertThat(findings(yaml))
        .extracting(Finding::ruleId, f -> f.location().toString(), Finding::message)
        .containsExactly(
            tuple("AG0006", "airgap.yaml:8:12", "YAML anchor '&r' is not supported"),
            tuple("AG0006", "airgap.yaml:23:12", "YAML alias '*r' is not supported"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "# only a comment\n", "\n\n"})
  @DisplayName("an empty file is one finding")
  void emptyFile(String yaml) {
    ReadResult result = read(yaml);
    assertThat(result.model()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(tuple("AG0007", "the file holds no YAML document"));
  }

  @Test
  @DisplayName("a document that is only null is empty too")
  void nullDocument() {
    assertThat(read("~\n").findings()).extracting(Finding::ruleId).containsExactly("AG0007");
  }

  @Test
  @DisplayName("invalid UTF-8 is located at the bad byte")
  void invalidUtf8() {
    byte[] bytes = BASIC.getBytes(StandardCharsets.UTF_8);
    bytes[40] = (byte) 0xFF;
    ReadResult result = ModelReader.read("airgap.yaml", bytes);
    assertThat(result.model()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::ruleId, f -> f.location().toString(), Finding::message)
        .containsExactly(
            tuple("AG0008", "airgap.yaml:3:8", "byte 0xFF at offset 40 is not valid UTF-8"));
  }

  @Test
  @DisplayName("a second YAML document is refused")
  void multiDocument() {
    assertThat(findings(BASIC + "---\nfoo: bar\n"))
        .extracting(Finding::ruleId, f -> f.location().toString(), Finding::message)
        .containsExactly(
            tuple(
                "AG0001",
                "airgap.yaml:32:1",
                "the file holds more than one YAML document; airgap.yaml is one document"));
  }

  @Test
  @DisplayName("missing required values are located at the nearest existing parent")
  void missingRequired() {
    String yaml =
        edit(BASIC, "  managementAccount: \"111111111111\"\n", "", "      mode: governance\n", "");
    assertThat(findings(yaml))
        .extracting(
            Finding::ruleId, f -> f.location().toString(), Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "AG0005",
                "airgap.yaml:1:1",
                "/organization/managementAccount",
                "'managementAccount' is required (a string)"),
            tuple(
                "AG0005",
                "airgap.yaml:10:5",
                "/central/vault/lock/mode",
                "'mode' is required (a string)"));
  }

  @Test
  @DisplayName("an enum value outside the set is named with the allowed values")
  void enumValue() {
    assertThat(findings(edit(BASIC, "mode: governance", "mode: governence")))
        .extracting(Finding::ruleId, Finding::message, Finding::hint)
        .containsExactly(
            tuple(
                "AG0010",
                "'governence' is not allowed; use one of: governance, compliance",
                "did you mean 'governance'?"));
  }

  @Test
  @DisplayName(
      "the human report prints location, severity, pointer, message, id, hint and a summary")
  void humanReport() {
    // Given: min above max, with the lock's minimum on line 12, column 7
    String yaml =
        edit(
            BASIC,
            "\"111111111111\"\n\n",
            "\"111111111111\"\n",
            "      minRetentionDays: 7\n      maxRetentionDays: 365\n",
            "      minRetentionDays: 40\n      maxRetentionDays: 35\n");
    // When
    Findings findings = Validator.standard().validate(read(yaml));
    // Then
    assertThat(HumanReport.render(findings))
        .isEqualTo(
            GOVERNANCE_WARNING.replace("14:7", "11:7")
                + "airgap.yaml:12:7: error: /central/vault/lock/minRetentionDays: must be ≤ maxRetentionDays (35) [AG2003]\n"
                + "    hint: lower minRetentionDays or raise maxRetentionDays; AWS Backup requires min ≤ max\n"
                + "airgap: 1 error, 1 warning (rules: docs/rules.md)\n");
  }

  @Test
  @DisplayName("the summary counts errors and warnings separately")
  void summaryCounts() {
    String yaml =
        edit(
            BASIC,
            "  alerts:\n    email: [security@example.com]\n",
            "",
            "      minRetentionDays: 7\n",
            "      minRetentionDays: 0\n");
    assertThat(HumanReport.summary(Validator.standard().validate(read(yaml))))
        .isEqualTo("airgap: 1 error, 2 warnings (rules: docs/rules.md)");
  }
}
