package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplacementRulesTest {

  /**
   * Each create-only property of the emitted types, written out again independently of the schemas
   * the table reads: a schema update that changes one must be looked at here.
   */
  static Stream<Arguments> createOnlyEntries() {
    return Stream.of(
        Arguments.of("AWS::Backup::BackupVault", "BackupVaultName"),
        Arguments.of("AWS::Backup::BackupVault", "EncryptionKeyArn"),
        Arguments.of("AWS::Backup::LogicallyAirGappedBackupVault", "BackupVaultName"),
        Arguments.of("AWS::Backup::LogicallyAirGappedBackupVault", "MinRetentionDays"),
        Arguments.of("AWS::Backup::LogicallyAirGappedBackupVault", "MaxRetentionDays"),
        Arguments.of("AWS::Backup::LogicallyAirGappedBackupVault", "EncryptionKeyArn"),
        Arguments.of("AWS::Organizations::Policy", "Type"),
        Arguments.of("AWS::KMS::Alias", "AliasName"),
        Arguments.of("AWS::Events::Rule", "Name"),
        Arguments.of("AWS::Config::ConfigRule", "ConfigRuleName"),
        Arguments.of("AWS::Events::EventBus", "Name"),
        Arguments.of("AWS::SNS::Topic", "TopicName"),
        Arguments.of("AWS::SNS::Topic", "FifoTopic"),
        Arguments.of("AWS::SNS::Subscription", "Endpoint"),
        Arguments.of("AWS::SNS::Subscription", "Protocol"),
        Arguments.of("AWS::SNS::Subscription", "TopicArn"),
        Arguments.of("AWS::IAM::Role", "RoleName"),
        Arguments.of("AWS::IAM::Role", "Path"),
        Arguments.of("AWS::Lambda::Function", "FunctionName"),
        Arguments.of("AWS::Lambda::Function", "PackageType"),
        Arguments.of("AWS::Lambda::Function", "TenancyConfig"),
        Arguments.of("AWS::CloudFormation::CustomResource", "ServiceToken"),
        Arguments.of("AWS::Backup::RestoreTestingPlan", "RestoreTestingPlanName"),
        Arguments.of("AWS::Backup::RestoreTestingSelection", "ProtectedResourceType"),
        Arguments.of("AWS::Backup::RestoreTestingSelection", "RestoreTestingPlanName"),
        Arguments.of("AWS::Backup::RestoreTestingSelection", "RestoreTestingSelectionName"),
        Arguments.of("AWS::MPA::ApprovalTeam", "Name"),
        Arguments.of("AWS::MPA::ApprovalTeam", "Policies"),
        Arguments.of("AWS::MPA::IdentitySource", "IdentitySourceParameters"),
        Arguments.of("AWS::Backup::Framework", "FrameworkName"),
        Arguments.of("AWS::Backup::ReportPlan", "ReportPlanName"),
        Arguments.of("AWS::S3::Bucket", "BucketName"),
        Arguments.of("AWS::S3::Bucket", "BucketNamePrefix"),
        Arguments.of("AWS::S3::Bucket", "BucketNamespace"),
        Arguments.of("AWS::S3::BucketPolicy", "Bucket"),
        Arguments.of("AWS::SSO::Assignment", "InstanceArn"),
        Arguments.of("AWS::SSO::Assignment", "PermissionSetArn"),
        Arguments.of("AWS::SSO::Assignment", "PrincipalId"),
        Arguments.of("AWS::SSO::Assignment", "PrincipalType"),
        Arguments.of("AWS::SSO::Assignment", "TargetId"),
        Arguments.of("AWS::SSO::Assignment", "TargetType"),
        Arguments.of("AWS::SSO::PermissionSet", "InstanceArn"),
        Arguments.of("AWS::SSO::PermissionSet", "Name"));
  }

  @ParameterizedTest(name = "changing {0} {1} replaces the resource")
  @MethodSource("createOnlyEntries")
  void createOnlyPropertyReplaces(String type, String property) {
    // Given two literal values, When the property changes, Then the resource is replaced
    Impact impact =
        ReplacementRules.impactOf(type, property, TextNode.valueOf("old"), TextNode.valueOf("new"));

    assertThat(impact).isEqualTo(Impact.REPLACE);
  }

  @Test
  @DisplayName("the table holds exactly the entries listed in this test, so none is untested")
  void tableHasNoUntestedEntry() {
    List<String> table = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : ReplacementRules.createOnlyProperties().entrySet()) {
      e.getValue().forEach(p -> table.add(e.getKey() + " " + p));
    }
    List<String> tested = createOnlyEntries().map(a -> a.get()[0] + " " + a.get()[1]).toList();

    assertThat(table).containsExactlyInAnyOrderElementsOf(tested);
  }

  @Test
  @DisplayName("properties that update in place are UPDATE: a lock, a policy, a retention")
  void inPlaceProperties() {
    assertThat(
            ReplacementRules.impactOf(
                "AWS::Backup::BackupVault", "LockConfiguration", null, TextNode.valueOf("x")))
        .isEqualTo(Impact.UPDATE);
    assertThat(
            ReplacementRules.impactOf(
                "AWS::KMS::Key", "KeyPolicy", TextNode.valueOf("a"), TextNode.valueOf("b")))
        .isEqualTo(Impact.UPDATE);
    assertThat(
            ReplacementRules.impactOf(
                "AWS::Backup::BackupPlan", "BackupPlan", TextNode.valueOf("a"), null))
        .isEqualTo(Impact.UPDATE);
  }

  @Test
  @DisplayName(
      "a create-only property set from an intrinsic may replace: its value is known only at deploy time")
  void intrinsicMayReplace() {
    ObjectNode ref = JsonNodeFactory.instance.objectNode().put("Ref", "KeyArn");

    assertThat(
            ReplacementRules.impactOf(
                "AWS::Backup::BackupVault", "EncryptionKeyArn", TextNode.valueOf("arn:x"), ref))
        .isEqualTo(Impact.MAY_REPLACE);
  }

  @Test
  @DisplayName(
      "a type airgap does not emit has no create-only properties: it is assumed to update in place")
  void unknownTypeUpdates() {
    assertThat(
            ReplacementRules.impactOf(
                "AWS::IAM::ManagedPolicy",
                "ManagedPolicyName",
                TextNode.valueOf("a"),
                TextNode.valueOf("b")))
        .isEqualTo(Impact.UPDATE);
  }

  @Test
  @DisplayName("Custom:: types follow AWS::CloudFormation::CustomResource")
  void customTypes() {
    assertThat(ReplacementRules.isCreateOnly("Custom::ScpAttachment", "ServiceToken")).isTrue();
    assertThat(ReplacementRules.isCreateOnly("Custom::ScpAttachment", "PolicyContent")).isFalse();
  }
}
