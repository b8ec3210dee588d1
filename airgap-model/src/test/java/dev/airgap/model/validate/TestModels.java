package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.io.ModelReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Models for rule tests, written as YAML text so that every test also exercises the reader and the
 * source map. Each test starts from a valid model and changes one thing with {@link #replace},
 * which fails loudly when the text to replace is not there.
 */
public final class TestModels {
  private TestModels() {}

  /** A copy of examples/basic/airgap.yaml: valid, no finding at all. */
  public static final String BASIC =
      """
      organization:
        id: o-a1b2c3d4e5
        managementAccount: "111111111111"

      central:
        account: "222222222222"
        organizationalUnit: ou-ab12-backup01
        regions: [eu-west-1]
        vault:
          name: airgap-central
          lock:
            mode: governance
            minRetentionDays: 7
            maxRetentionDays: 365
        admins:
          - arn:aws:iam::222222222222:role/BackupVaultAdmin
        alerts:
          email: [security@example.com]

      members:
        targets:
          organizationalUnits: [ou-ab12-workload1]
        regions: [eu-west-1]

      plans:
        daily:
          schedule: cron(0 5 ? * * *)
          localRetentionDays: 14
          copyToCentral:
            retentionDays: 35
      """;

  /** A valid model with a logically air-gapped central vault and a recovery account. */
  public static final String AIR_GAPPED =
      replace(
          replace(
              BASIC,
              "    name: airgap-central\n    lock:\n      mode: governance\n",
              "    name: airgap-lag\n    kind: logically-air-gapped\n    lock:\n      mode: compliance\n"),
          "  alerts:\n    email: [security@example.com]\n",
          "  alerts:\n    email: [security@example.com]\n  key:\n    kind: aws-owned\n  recoveryAccounts: [\"444444444444\"]\n");

  /** The basic model with the central key in key account 333333333333 (AG2201-AG2210 tests). */
  public static final String KEY_ACCOUNT =
      edit(
          BASIC,
          "  alerts:\n    email: [security@example.com]\n",
          "  alerts:\n    email: [security@example.com]\n"
              + "  key:\n    kind: key-account\n    account: \"333333333333\"\n"
              + "    organizationalUnit: ou-ab12-keyvault1\n"
              + "    admins:\n      - arn:aws:iam::333333333333:role/KeyAdmin\n");

  /** {@code text} with {@code target} replaced once; fails if it is absent or ambiguous. */
  public static String replace(String text, String target, String replacement) {
    int at = text.indexOf(target);
    if (at < 0 || text.indexOf(target, at + 1) >= 0) {
      throw new IllegalArgumentException("expected exactly one '" + target + "' in the model");
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  /** {@code base} with each (target, replacement) pair of {@code pairs} applied in turn. */
  public static String edit(String base, String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("pairs come in twos: target, replacement");
    }
    String text = base;
    for (int i = 0; i < pairs.length; i += 2) {
      text = replace(text, pairs[i], pairs[i + 1]);
    }
    return text;
  }

  /**
   * The members section of {@link #BASIC} ends here; edits that add member keys insert before it.
   */
  public static final String MEMBERS_END = "  regions: [eu-west-1]\n\nplans:";

  /** {@code n} distinct tags in YAML flow form: {@code t1: v1, t2: v2, ...}. */
  public static String tags(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(i == 1 ? "" : ", ").append("t").append(i).append(": v").append(i);
    }
    return out.toString();
  }

  /** The repository root: the build passes it; from the module directory it is the parent. */
  public static java.nio.file.Path repoRoot() {
    String property = System.getProperty("airgap.repoRoot", "");
    java.nio.file.Path root =
        property.isBlank() || property.startsWith("${")
            ? java.nio.file.Path.of("..")
            : java.nio.file.Path.of(property);
    return root.toAbsolutePath().normalize();
  }

  /** Reads and validates YAML text as airgap.yaml. */
  public static Findings validate(String yaml) {
    return Validator.standard()
        .validate(ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The findings of one rule. */
  public static List<Finding> findings(String yaml, String ruleId) {
    return validate(yaml).all().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** Asserts that the model has no finding at all (so a case isolates its rule). */
  public static void assertClean(String yaml) {
    assertThat(validate(yaml).all()).as("findings of a model that should be clean").isEmpty();
  }
}
