package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.Machine;

class KeyAccountUnitTest {
  private static JsonNode template(AirGapModel model, UnitId unit) {
    for (GeneratedTemplate t : TemplateGenerator.standard().generate(model)) {
      if (t.unitId().equals(unit)) {
        return TemplateReader.read(t.content());
      }
    }
    throw new AssertionError(unit);
  }

  @Test
  @DisplayName("only models with kind key-account render the key unit")
  void optIn() {
    assertThat(KeyAccountUnit.applies(Fixtures.model("minimal"))).isFalse();
    assertThat(KeyAccountUnit.applies(Fixtures.model("key-account"))).isTrue();
  }

  @Test
  @DisplayName("no key-policy statement lets the key account's root act without a condition")
  void noRootDelegation() {
    JsonNode statements =
        template(Fixtures.model("key-account"), KeyAccountUnit.ID)
            .at("/Resources/CentralVaultKey/Properties/KeyPolicy/Statement");
    List<String> unconditionedRoot = new ArrayList<>();
    statements.forEach(
        s -> {
          String principal = s.path("Principal").path("AWS").toString();
          if (s.path("Effect").asText().equals("Allow")
              && principal.contains("${AWS::AccountId}:root")
              && !s.has("Condition")) {
            unconditionedRoot.add(s.path("Sid").asText());
          }
        });
    assertThat(unconditionedRoot).isEmpty();
    assertThat(statements.get(0).path("Principal").path("AWS").get(0).asText())
        .isEqualTo("arn:aws:iam::333333333333:role/KeyAdmin");
  }

  @Test
  @DisplayName("the central vault takes the key ARN as a parameter pinned to the key account")
  void vaultParameter() {
    JsonNode vault = template(Fixtures.model("key-account"), CentralVaultUnit.ID);
    assertThat(vault.at("/Parameters/CentralVaultKeyArn/AllowedPattern").asText())
        .isEqualTo("^arn:aws:kms:[a-z0-9-]+:333333333333:key/[0-9a-f-]+$");
    assertThat(vault.at("/Resources/CentralVault/Properties/EncryptionKeyArn/Ref").asText())
        .isEqualTo("CentralVaultKeyArn");
    assertThat(
            new CentralVaultUnit()
                .deployment(Fixtures.model("key-account"), CentralVaultUnit.ID)
                .build()
                .dependsOn())
        .startsWith("central-key");
  }

  @Test
  @DisplayName("the key tamper rule matches key destruction by a key admin, not by AWS services")
  void tamperRule() throws Exception {
    JsonNode pattern =
        template(Fixtures.model("key-account"), KeyAccountUnit.ID)
            .at("/Resources/KeyTamperRule/Properties/EventPattern");
    Machine m = Machine.builder().build();
    m.addRule("r", pattern.toString());
    assertThat(m.rulesForJSONEvent(event("ScheduleKeyDeletion", "AssumedRole"))).isNotEmpty();
    assertThat(m.rulesForJSONEvent(event("DisableKey", "Root"))).isNotEmpty();
    assertThat(m.rulesForJSONEvent(event("PutKeyPolicy", "AssumedRole"))).isNotEmpty();
    assertThat(m.rulesForJSONEvent(event("ScheduleKeyDeletion", "AWSService"))).isEmpty();
    assertThat(m.rulesForJSONEvent(event("Decrypt", "AssumedRole"))).isEmpty();
  }

  private static String event(String name, String type) {
    return "{\"source\":\"aws.kms\",\"detail-type\":\"AWS API Call via CloudTrail\","
        + "\"detail\":{\"eventSource\":\"kms.amazonaws.com\",\"eventName\":\""
        + name
        + "\",\"userIdentity\":{\"type\":\""
        + type
        + "\"}}}";
  }
}
