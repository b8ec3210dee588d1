package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.generator.verify.iam.AttachedScp;
import dev.airgap.generator.verify.iam.ConditionClause;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The evaluator against the documented examples of the AWS policy evaluation pages. */
class PolicyEvaluatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VAULT = "arn:aws:backup:eu-west-1:222222222222:backup-vault:v";
  private static final Principal OPS =
      new Principal(
          "ops",
          "arn:aws:iam::222222222222:role/Ops",
          "222222222222",
          "o-a1b2c3d4e5",
          List.of("r-0000", "ou-a"),
          Principal.Kind.ROLE,
          false);
  private static final Principal OTHER =
      new Principal(
          "other",
          "arn:aws:iam::333333333333:role/X",
          "333333333333",
          "o-a1b2c3d4e5",
          List.of("r-0000", "ou-b"),
          Principal.Kind.ROLE,
          false);

  private static Policy policy(String json) {
    try {
      return Policy.parse(JSON.readTree(json), "t.yaml", "R", "");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Decision decide(
      Principal p, String action, Policy resourcePolicy, List<AttachedScp> scps) {
    return PolicyEvaluator.evaluate(
        Request.of(p, action, VAULT, "222222222222"),
        new Layers(scps, "111111111111", resourcePolicy, false));
  }

  @Test
  @DisplayName(
      "explicit deny wins over an allow (reference_policies_evaluation-logic.html, 'explicit deny')")
  void explicitDenyWins() {
    Policy p =
        policy(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"backup:*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"D\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"backup:DeleteRecoveryPoint\",\"Resource\":\"*\"}]}");
    Decision d = decide(OPS, "backup:DeleteRecoveryPoint", p, List.of());
    assertThat(d.allowed()).isFalse();
    assertThat(d.decidedBy().sid()).isEqualTo("D");
    assertThat(decide(OPS, "backup:StartRestoreJob", p, List.of()).allowed()).isTrue();
  }

  @Test
  @DisplayName(
      "NotAction denies every action but the listed ones (reference_policies_elements_notaction.html)")
  void notAction() {
    Policy p =
        policy(
            "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"backup:Describe*\",\"Resource\":\"*\"}]}");
    assertThat(decide(OPS, "backup:DescribeBackupVault", p, List.of()).allowed()).isTrue();
    assertThat(decide(OPS, "BACKUP:deleteRecoveryPoint", p, List.of()).allowed())
        .as("actions are case-insensitive")
        .isFalse();
  }

  @Test
  @DisplayName(
      "ArnNotLike with the key missing is true (reference_policies_elements_condition_operators.html)")
  void negatedOperatorMissingKey() {
    ConditionClause c =
        new ConditionClause("ArnNotLike", "aws:PrincipalArn", List.of("arn:aws:iam::*:role/Admin"));
    assertThat(c.holds(Map.of())).isTrue();
    assertThat(new ConditionClause("ArnLike", "aws:PrincipalArn", List.of("*")).holds(Map.of()))
        .isFalse();
    assertThat(c.holds(Map.of("aws:principalarn", List.of("arn:aws:iam::1:role/Admin")))).isFalse();
  }

  @Test
  @DisplayName("...IfExists is true when the key is absent, else the base operator decides")
  void ifExists() {
    ConditionClause c =
        new ConditionClause(
            "StringEqualsIfExists", "kms:ViaService", List.of("backup.eu-west-1.amazonaws.com"));
    assertThat(c.holds(Map.of())).isTrue();
    assertThat(c.holds(Map.of("kms:viaservice", List.of("s3.eu-west-1.amazonaws.com")))).isFalse();
  }

  @Test
  @DisplayName(
      "ForAllValues on an empty set is true, ForAnyValue false (reference_policies_condition-single-vs-multi-valued-context-keys.html)")
  void setOperatorsOnEmpty() {
    assertThat(
            new ConditionClause("ForAllValues:StringEquals", "aws:TagKeys", List.of("a"))
                .holds(Map.of()))
        .isTrue();
    assertThat(
            new ConditionClause("ForAnyValue:StringEquals", "aws:TagKeys", List.of("a"))
                .holds(Map.of()))
        .isFalse();
    assertThat(
            new ConditionClause("ForAllValues:StringEquals", "aws:TagKeys", List.of("a"))
                .holds(Map.of("aws:tagkeys", List.of("a", "b"))))
        .isFalse();
  }

  @Test
  @DisplayName(
      "cross-account needs the resource policy too; same account does not (reference_policies_evaluation-logic-cross-account.html)")
  void crossAccount() {
    Policy none = policy("{\"Statement\":[]}");
    assertThat(decide(OPS, "backup:StartRestoreJob", none, List.of()).allowed()).isTrue();
    assertThat(decide(OTHER, "backup:StartRestoreJob", none, List.of()).allowed()).isFalse();
    Policy allow =
        policy(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::333333333333:root\"},"
                + "\"Action\":\"backup:StartRestoreJob\",\"Resource\":\"*\"}]}");
    assertThat(decide(OTHER, "backup:StartRestoreJob", allow, List.of()).allowed()).isTrue();
  }

  @Test
  @DisplayName(
      "SCPs bind member accounts on the path, never the management account (orgs_manage_policies_scps.html)")
  void scpBinding() {
    Policy deny =
        policy(
            "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"backup:*\",\"Resource\":\"*\"}]}");
    List<AttachedScp> onOu = List.of(new AttachedScp(deny, List.of("ou-a")));
    assertThat(decide(OPS, "backup:DeleteBackupVault", null, onOu).allowed()).isFalse();
    assertThat(
            decide(
                    OTHER,
                    "backup:DeleteBackupVault",
                    policy(
                        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                            + "\"Action\":\"*\",\"Resource\":\"*\"}]}"),
                    onOu)
                .allowed())
        .as("ou-b is not under ou-a")
        .isTrue();
    Principal management =
        new Principal(
            "m",
            "arn:aws:iam::111111111111:root",
            "111111111111",
            "o-a1b2c3d4e5",
            List.of("r-0000"),
            Principal.Kind.ROOT,
            false);
    assertThat(
            PolicyEvaluator.evaluate(
                    Request.of(management, "backup:DeleteBackupVault", VAULT, "111111111111"),
                    new Layers(
                        List.of(new AttachedScp(deny, List.of("r-0000", "111111111111"))),
                        "111111111111",
                        null,
                        false))
                .allowed())
        .isTrue();
  }

  @Test
  @DisplayName(
      "KMS: without a key-policy allow IAM cannot grant; the account root delegates to IAM (key-policies.html)")
  void keyPolicy() {
    Policy rootOnly =
        policy(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:root\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\"}]}");
    String key = "arn:aws:kms:eu-west-1:222222222222:key/k";
    Layers layers = new Layers(List.of(), "111111111111", rootOnly, true);
    assertThat(
            PolicyEvaluator.evaluate(Request.of(OPS, "kms:DisableKey", key, "222222222222"), layers)
                .allowed())
        .isTrue();
    Layers other =
        new Layers(
            List.of(),
            "111111111111",
            policy(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                    + "{\"AWS\":\"arn:aws:iam::333333333333:root\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}"),
            true);
    assertThat(
            PolicyEvaluator.evaluate(Request.of(OPS, "kms:DisableKey", key, "222222222222"), other)
                .allowed())
        .isFalse();
  }

  @Test
  @DisplayName("ARN wildcards match per colon-delimited part; a trailing * may run past colons")
  void arnWildcards() {
    assertThat(
            Glob.arnMatches(
                "arn:aws:backup:eu-west-1:222222222222:recovery-point:*",
                "arn:aws:ec2:eu-west-1::snapshot/snap-1"))
        .isFalse();
    assertThat(Glob.arnMatches("arn:aws:rds:*", "arn:aws:rds:eu-west-1:1:snapshot:awsbackup:job-1"))
        .isTrue();
    assertThat(
            Glob.arnMatches(
                "arn:aws:iam::*:role/stacksets-exec-*", "arn:aws:iam::2:role/stacksets-exec-x"))
        .isTrue();
  }
}
