package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.AirGapModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The key of an alert topic is a silencing target only when someone could disable it: a unit that
 * encrypts a topic with an AWS managed key must not break the proof, and a key verify cannot place
 * must stop it with a message that says which topic, not an index error.
 */
class AlertTopicKeyTest {
  private static final Path BASIC = VerifyFixtures.repo("examples/basic/airgap.yaml");

  private static World worldWithTopicKey(String keyId) {
    AirGapModel model = VerifyFixtures.model(BASIC);
    List<GeneratedTemplate> templates = VerifyFixtures.generate(model);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    int changed = 0;
    for (JsonNode tree : trees.values()) {
      for (JsonNode resource : tree.path("Resources")) {
        if (resource.path("Type").asText().equals("AWS::SNS::Topic")) {
          ((ObjectNode) resource.path("Properties")).put("KmsMasterKeyId", keyId);
          changed++;
        }
      }
    }
    assertThat(changed).as("topics in the basic example").isPositive();
    return new World(model, Placement.of(model, templates), trees);
  }

  @Test
  @DisplayName("a topic under an AWS managed key (alias/aws/sns) is no key-silencing target")
  void awsManagedKeyIsNoTarget() {
    World world = worldWithTopicKey("alias/aws/sns");

    assertThat(world.alertKeys.values()).allSatisfy(keys -> assertThat(keys).isEmpty());
    assertThat(world.alertTopics).isNotEmpty();
  }

  @Test
  @DisplayName("a topic key that is neither an ARN nor AWS managed is refused by name")
  void unplaceableKeyIsRefused() {
    assertThatThrownBy(() -> worldWithTopicKey("alias/my-alerts"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("alias/my-alerts")
        .hasMessageContaining("verify cannot tell who can disable it");
  }
}
