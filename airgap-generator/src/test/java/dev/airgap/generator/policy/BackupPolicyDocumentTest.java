package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.generator.policy.BackupPolicyDocument.Kind;
import dev.airgap.generator.policy.BackupPolicyDocument.Policy;
import dev.airgap.generator.policy.BackupPolicyDocument.Result;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackupPolicyDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode tree(Policy policy) throws Exception {
    return JSON.readTree(policy.minified());
  }

  @Test
  @DisplayName(
      "copy_actions is keyed by the exact central vault ARN and target_backup_vault_arn repeats it")
  void copyActionKeyEqualsTarget() throws Exception {
    Result result = BackupPolicyDocument.build(TestModels.example("basic"));
    assertThat(result.problems()).isEmpty();
    assertThat(result.policies()).hasSize(1);

    JsonNode rule = tree(result.policies().get(0)).at("/plans/daily-eu-west-1/rules/daily");
    JsonNode copyActions = rule.get("copy_actions");
    assertThat(copyActions.size()).isEqualTo(1);
    String key = copyActions.fieldNames().next();
    assertThat(key).isEqualTo("arn:aws:backup:eu-west-1:222222222222:backup-vault:airgap-central");
    assertThat(copyActions.get(key).at("/target_backup_vault_arn/@@assign").asText())
        .isEqualTo(key);
    assertThat(copyActions.get(key).at("/lifecycle/delete_after_days/@@assign").asText())
        .isEqualTo("35");
    assertThat(rule.at("/target_backup_vault_name/@@assign").asText()).isEqualTo("airgap-local");
    assertThat(rule.at("/lifecycle/delete_after_days/@@assign").asText()).isEqualTo("14");
    assertThat(rule.at("/schedule_expression/@@assign").asText()).isEqualTo("cron(0 5 ? * * *)");
    assertThat(rule.at("/start_backup_window_minutes/@@assign").isTextual()).isTrue();
    assertThat(rule.at("/complete_backup_window_minutes/@@assign").isTextual()).isTrue();
  }

  @Test
  @DisplayName(
      "one plan per member region and model plan, each naming only its own region and central vault")
  void onePlanPerRegion() throws Exception {
    Result result = BackupPolicyDocument.build(TestModels.example("enterprise"));
    assertThat(result.problems()).isEmpty();
    List<String> keys = result.policies().stream().flatMap(p -> p.planKeys().stream()).toList();
    assertThat(keys)
        .containsExactly(
            "daily-eu-central-1", "monthly-eu-central-1", "daily-eu-west-1", "monthly-eu-west-1");

    for (Policy policy : result.policies()) {
      Iterator<Map.Entry<String, JsonNode>> plans =
          tree(policy).get("plans").properties().iterator();
      while (plans.hasNext()) {
        Map.Entry<String, JsonNode> plan = plans.next();
        String region = plan.getKey().substring(plan.getKey().indexOf('-') + 1);
        JsonNode regions = plan.getValue().at("/regions/@@assign");
        assertThat(regions.size()).isEqualTo(1);
        assertThat(regions.get(0).asText()).isEqualTo(region);
        JsonNode rule = plan.getValue().get("rules").elements().next();
        String copyKey = rule.get("copy_actions").fieldNames().next();
        assertThat(copyKey)
            .isEqualTo("arn:aws:backup:" + region + ":222222222222:backup-vault:airgap-lag");
      }
    }
  }

  @Test
  @DisplayName(
      "every selection excludes the opt-out tag; opt-in tags add a string_equals condition")
  void optOutTagAppears() throws Exception {
    Result result = BackupPolicyDocument.build(TestModels.example("enterprise"));
    JsonNode plans = tree(result.policies().get(0)).get("plans");

    JsonNode daily = plans.at("/daily-eu-central-1/selections/resources/all");
    assertThat(daily.at("/iam_role_arn/@@assign").asText())
        .isEqualTo("arn:aws:iam::$account:role/airgap-backup");
    assertThat(daily.at("/resource_types/@@assign").get(0).asText()).isEqualTo("*");
    assertThat(daily.at("/conditions/string_not_equals/opt-out/condition_key/@@assign").asText())
        .isEqualTo("aws:ResourceTag/backup");
    assertThat(daily.at("/conditions/string_not_equals/opt-out/condition_value/@@assign").asText())
        .isEqualTo("false");

    JsonNode monthly = plans.at("/monthly-eu-central-1/selections/resources/opt-in-1");
    assertThat(monthly.at("/conditions/string_equals/opt-in/condition_key/@@assign").asText())
        .isEqualTo("aws:ResourceTag/backup-tier");
    assertThat(monthly.at("/conditions/string_equals/opt-in/condition_value/@@assign").asText())
        .isEqualTo("gold");
    assertThat(monthly.at("/conditions/string_not_equals/opt-out/condition_key/@@assign").asText())
        .isEqualTo("aws:ResourceTag/backup");
    assertThat(monthly.at("/resource_types/@@assign").toString())
        .isEqualTo("[\"arn:aws:dynamodb:*:*:table/*\",\"arn:aws:rds:*:*:db:*\"]");
    assertThat(
            plans
                .at(
                    "/monthly-eu-central-1/rules/monthly/lifecycle/move_to_cold_storage_after_days/@@assign")
                .asText())
        .isEqualTo("30");
  }

  @Test
  @DisplayName(
      "a model with many regions and plans splits into documents of at most 10,000 characters")
  void manyRegionsAndPlansSplit() throws Exception {
    List<String> regions =
        List.of(
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "ca-central-1",
            "eu-central-1",
            "eu-north-1",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2");
    String plans =
        IntStream.rangeClosed(1, 4)
            .mapToObj(
                i ->
                    """
          plan-%d:
            localRetentionDays: 14
            copyToCentral: { retentionDays: 35 }
            selection:
              resourceTypes: ["arn:aws:rds:*:*:db:*", "arn:aws:dynamodb:*:*:table/*", "arn:aws:ec2:*:*:volume/*"]
              optInTags: { tier-a: gold, tier-b: silver }
        """
                        .formatted(i))
            .collect(Collectors.joining());
    String list = String.join(", ", regions);
    AirGapModel model = TestModels.with("aws", list, list, "", plans.stripTrailing());

    Result result = BackupPolicyDocument.build(model);

    assertThat(result.policies().size()).isGreaterThan(1);
    List<String> keys = new ArrayList<>();
    for (Policy policy : result.policies()) {
      assertThat(policy.minifiedLength())
          .isEqualTo(policy.minified().length())
          .isLessThanOrEqualTo(BackupPolicyDocument.MAX_CHARACTERS);
      assertThat(tree(policy).get("plans").size()).isEqualTo(policy.planKeys().size());
      keys.addAll(policy.planKeys());
    }
    assertThat(keys).doesNotHaveDuplicates().hasSize(regions.size() * 4);
    assertThat(result.policies())
        .extracting(Policy::index)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, result.policies().size()).boxed().toList());
    assertThat(result.problems())
        .extracting(BackupPolicyDocument.Problem::kind)
        .containsOnly(Kind.TOO_MANY_POLICIES);
  }

  @Test
  @DisplayName(
      "a region too large for one document is split by plan; a plan too large alone is reported")
  void splitsRegionByPlanAndReportsOversizedPlan() {
    AirGapModel model = TestModels.example("enterprise");
    int onePlan = BackupPolicyDocument.build(model).policies().get(0).minifiedLength() / 3;

    Result byPlan = BackupPolicyDocument.build(model, onePlan);
    assertThat(byPlan.problems()).isEmpty();
    assertThat(byPlan.policies())
        .hasSize(4)
        .allSatisfy(
            p -> {
              assertThat(p.planKeys()).hasSize(1);
              assertThat(p.minifiedLength()).isLessThanOrEqualTo(onePlan);
            });

    Result tooSmall = BackupPolicyDocument.build(model, 200);
    assertThat(tooSmall.policies()).isEmpty();
    assertThat(tooSmall.problems())
        .hasSize(4)
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.PLAN_TOO_LARGE);
              assertThat(p.pointer()).isIn("/plans/daily", "/plans/monthly");
              assertThat(p.message()).contains("200");
            });
  }

  @Test
  @DisplayName(
      "a member region without a central vault gets no copy action (AG1015 refuses the model first)")
  void memberRegionWithoutCentralVault() throws Exception {
    AirGapModel model =
        TestModels.with(
            "aws",
            "eu-west-1",
            "eu-west-1, us-east-1",
            "",
            "  daily: { localRetentionDays: 14, copyToCentral: { retentionDays: 35 } }");
    Result result = BackupPolicyDocument.build(model);
    assertThat(result.problems()).isEmpty();
    JsonNode plans = tree(result.policies().get(0)).get("plans");
    assertThat(plans.at("/daily-us-east-1/rules/daily").has("copy_actions")).isFalse();
    assertThat(plans.at("/daily-eu-west-1/rules/daily").has("copy_actions")).isTrue();
  }

  @Test
  @DisplayName("ARNs use the model's partition and the same model gives the same bytes")
  void partitionAndDeterminism() {
    AirGapModel model =
        TestModels.with(
            "aws-cn",
            "cn-north-1",
            "cn-north-1",
            "",
            "  daily: { localRetentionDays: 14, copyToCentral: { retentionDays: 35 } }");
    String json = BackupPolicyDocument.build(model).policies().get(0).minified();
    assertThat(json)
        .doesNotContain("arn:aws:")
        .contains("arn:aws-cn:backup:cn-north-1:222222222222:backup-vault:airgap-central")
        .contains("arn:aws-cn:iam::$account:role/airgap-backup");
    assertThat(BackupPolicyDocument.build(model).policies().get(0).minified()).isEqualTo(json);
  }

  @Test
  @DisplayName(
      "a plan with backupTarget logically-air-gapped-vault names the member's own LAG vault with"
          + " $region and $account in the model's partition; other plans do not")
  void directTargetLogicallyAirGappedVault() throws Exception {
    AirGapModel model =
        TestModels.read(
            """
            organization:
              id: o-a1b2c3d4e5
              managementAccount: "111111111111"
              partition: aws-us-gov
            central:
              account: "222222222222"
              regions: [us-gov-west-1]
              vault:
                name: airgap-central
                lock: { mode: governance, minRetentionDays: 7, maxRetentionDays: 3650 }
              admins:
                - arn:aws-us-gov:iam::222222222222:role/BackupVaultAdmin
            members:
              targets:
                organizationalUnits: [ou-ab12-workload1]
              regions: [us-gov-west-1]
              airGappedVault: { name: lag-1, minRetentionDays: 7, maxRetentionDays: 100 }
            plans:
              direct:
                localRetentionDays: 14
                backupTarget: logically-air-gapped-vault
                copyToCentral: { retentionDays: 35 }
              local:
                localRetentionDays: 14
                copyToCentral: { retentionDays: 35 }
            """);
    JsonNode doc = tree(BackupPolicyDocument.build(model).policies().get(0));
    JsonNode direct = doc.at("/plans/direct-us-gov-west-1/rules/direct");
    assertThat(direct.at("/target_logically_air_gapped_backup_vault_arn/@@assign").asText())
        .isEqualTo("arn:aws-us-gov:backup:$region:$account:backup-vault:lag-1");
    // Types AWS Backup cannot write there directly still pass through the member vault.
    assertThat(direct.at("/target_backup_vault_name/@@assign").asText()).isEqualTo("airgap-local");
    assertThat(
            doc.at("/plans/local-us-gov-west-1/rules/local")
                .has("target_logically_air_gapped_backup_vault_arn"))
        .isFalse();
  }
}
