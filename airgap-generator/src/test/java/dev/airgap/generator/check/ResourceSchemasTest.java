package dev.airgap.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResourceSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  @DisplayName("a valid vault passes, intrinsic functions are accepted wherever a value goes")
  void validVault() throws Exception {
    assertThat(
            ResourceSchemas.validate(
                "AWS::Backup::BackupVault",
                json(
                    "{'BackupVaultName':'airgap-central','EncryptionKeyArn':{'Fn::GetAtt':['Key','Arn']},"
                        + "'LockConfiguration':{'MinRetentionDays':7,'MaxRetentionDays':{'Ref':'Max'}}}")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "pattern, type, required, unknown property, enum and range problems are all reported")
  void problems() throws Exception {
    assertThat(
            ResourceSchemas.validate(
                "AWS::Backup::BackupVault",
                json(
                    "{'BackupVaultName':'a.b','LockConfiguration':{'MaxRetentionDays':'7','Extra':1}}")))
        .anyMatch(p -> p.startsWith("/BackupVaultName: 'a.b' does not match"))
        .anyMatch(p -> p.startsWith("/LockConfiguration/MaxRetentionDays: expected"))
        .anyMatch(p -> p.equals("/LockConfiguration: missing required property MinRetentionDays"))
        .anyMatch(p -> p.equals("/LockConfiguration/Extra: unknown property"));
    assertThat(
            ResourceSchemas.validate(
                "AWS::Organizations::Policy", json("{'Name':'x','Type':'SOMETHING','Content':{}}")))
        .anyMatch(p -> p.startsWith("/Type: 'SOMETHING' is not one of"));
    assertThat(ResourceSchemas.validate("AWS::KMS::Key", json("{'PendingWindowInDays':3}")))
        .anyMatch(p -> p.startsWith("/PendingWindowInDays: below the minimum"));
    assertThat(ResourceSchemas.validate("AWS::Backup::BackupVault", json("{}")))
        .containsExactly(": missing required property BackupVaultName");
  }

  @Test
  @DisplayName("a read-only property and an unknown type are reported")
  void readOnlyAndUnknownType() throws Exception {
    assertThat(
            ResourceSchemas.validate(
                "AWS::Backup::BackupVault", json("{'BackupVaultName':'ab','BackupVaultArn':'x'}")))
        .contains("/BackupVaultArn: is read-only");
    assertThat(ResourceSchemas.validate("AWS::Nope::Thing", json("{}"))).hasSize(1);
  }
}
