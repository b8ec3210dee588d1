package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.event.ruler.Machine;

/**
 * The job notification rules against AWS's own example events (test resources {@code
 * aws-backup-events/}, copied from the AWS Backup Developer Guide; docs/aws-facts.md §17.1),
 * matched by event-ruler, the library EventBridge uses; and the notification text the input
 * transformer makes of them.
 */
class JobEventPatternsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("src/test/resources/aws-backup-events");

  static Stream<String> notified() {
    return Stream.of(
        "backup-job-failed",
        "backup-job-aborted",
        "backup-job-expired",
        "copy-job-failed",
        "restore-job-failed");
  }

  static Stream<String> quiet() {
    return Stream.of(
        "backup-job-completed",
        "copy-job-completed",
        "restore-job-completed",
        "restore-job-created");
  }

  private static Map<String, JsonNode> rules() {
    AirGapModel model = Fixtures.model("job-events");
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    for (GeneratedTemplate t : TemplateGenerator.standard().generate(model)) {
      JsonNode resources = TemplateReader.read(t.content()).path("Resources");
      if (t.unitId().equals(MemberBaselineUnit.ID)) {
        rules.put("member", resources.path(MemberJobEvents.RULE).path("Properties"));
      } else if (t.unitId().equals(JobEventsUnit.ID)) {
        rules.put("central", resources.path(JobEventsUnit.RULE).path("Properties"));
      }
    }
    assertThat(rules).containsOnlyKeys("member", "central");
    return rules;
  }

  private static JsonNode event(String name) throws Exception {
    return JSON.readTree(Files.readString(EVENTS.resolve(name + ".json")));
  }

  private static boolean matches(JsonNode rule, JsonNode event) throws Exception {
    Machine machine = Machine.builder().build();
    machine.addRule("rule", rule.path("EventPattern").toString());
    return !machine.rulesForJSONEvent(event.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0} is forwarded and notified")
  @MethodSource("notified")
  void endStatesMatch(String name) throws Exception {
    for (Map.Entry<String, JsonNode> rule : rules().entrySet()) {
      assertThat(matches(rule.getValue(), event(name))).as(rule.getKey()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} stays quiet")
  @MethodSource("quiet")
  void successAndProgressDoNotMatch(String name) throws Exception {
    for (Map.Entry<String, JsonNode> rule : rules().entrySet()) {
      assertThat(matches(rule.getValue(), event(name))).as(rule.getKey()).isFalse();
    }
  }

  @Test
  @DisplayName("forged source or another detail-type with state FAILED does not match")
  void onlyAwsBackupJobEvents() throws Exception {
    JsonNode rule = rules().get("central");
    com.fasterxml.jackson.databind.node.ObjectNode forged =
        (com.fasterxml.jackson.databind.node.ObjectNode) event("backup-job-failed");
    forged.put("source", "custom.backup");
    assertThat(matches(rule, forged)).isFalse();
    com.fasterxml.jackson.databind.node.ObjectNode other =
        (com.fasterxml.jackson.databind.node.ObjectNode) event("backup-job-failed");
    other.put("detail-type", "Recovery Point Index State Change");
    assertThat(matches(rule, other)).isFalse();
  }

  @Test
  @DisplayName(
      "input transformer: every placeholder has a path, each path names a documented field")
  void transformerShape() throws Exception {
    JsonNode transformer = rules().get("central").path("Targets").path(0).path("InputTransformer");
    Map<String, String> paths = new LinkedHashMap<>();
    transformer
        .path("InputPathsMap")
        .properties()
        .forEach(e -> paths.put(e.getKey(), e.getValue().asText()));
    String template = transformer.path("InputTemplate").asText();
    // A quoted template is one JSON string: SNS e-mail shows it as the message text.
    assertThat(template).startsWith("\"").endsWith("\"");
    List<String> placeholders = new ArrayList<>();
    Matcher m = Pattern.compile("<([A-Za-z]+)>").matcher(template);
    while (m.find()) {
      placeholders.add(m.group(1));
    }
    assertThat(placeholders).containsExactlyInAnyOrderElementsOf(paths.keySet());
    List<JsonNode> samples = new ArrayList<>();
    for (String name : notified().toList()) {
      samples.add(event(name));
    }
    for (Map.Entry<String, String> p : paths.entrySet()) {
      assertThat(samples.stream().anyMatch(e -> !resolve(e, p.getValue()).isMissingNode()))
          .as(p.getKey() + " " + p.getValue() + " is in some documented event")
          .isTrue();
    }
  }

  @Test
  @DisplayName("input transformer: account, region, resource and reason reach the message")
  void transformerOutput() throws Exception {
    JsonNode transformer = rules().get("central").path("Targets").path(0).path("InputTransformer");
    String backup = render(transformer, event("backup-job-failed"));
    assertThat(backup)
        .contains("Backup Job State Change FAILED")
        .contains("account 1112233445566")
        .contains("region us-west-2")
        .contains("arn:aws:service:us-west-2:1112233445566:resource-type/resource-id")
        .contains("Backup job failed because backup vault")
        .contains("34176239-e96d-4e1d-9fad-529dbb3c3556");
    String restore = render(transformer, event("restore-job-failed"));
    assertThat(restore)
        .contains("Restore Job State Change FAILED")
        .contains("arn:aws:ec2:us-west-2::image/ami-12b3456dfb7f8cf90")
        .contains("does not permit attaching a new instance profile")
        .contains("1B234A56-789B-01CD-2A34-4567A08901FD");
    String copy = render(transformer, event("copy-job-failed"));
    assertThat(copy)
        .contains("Copy Job State Change FAILED")
        .contains("arn:aws:ec2:us-west-2:1112233445566:instance/i-0515aee7de03f58e1")
        .contains("Access denied exception while trying to list tags");
  }

  /**
   * The template with each placeholder replaced by the value at its path (text as is, arrays as
   * JSON, absent paths empty), then read as the JSON string it is.
   */
  private static String render(JsonNode transformer, JsonNode event) throws Exception {
    String out = transformer.path("InputTemplate").asText();
    var it = transformer.path("InputPathsMap").properties().iterator();
    while (it.hasNext()) {
      var e = it.next();
      JsonNode v = resolve(event, e.getValue().asText());
      String text = v.isMissingNode() ? "" : v.isTextual() ? v.asText() : v.toString();
      String escaped = JSON.writeValueAsString(text);
      out = out.replace("<" + e.getKey() + ">", escaped.substring(1, escaped.length() - 1));
    }
    return JSON.readTree(out).asText();
  }

  private static JsonNode resolve(JsonNode event, String path) {
    JsonNode n = event;
    for (String part : path.substring(2).split("\\.")) {
      n = n.path(part);
    }
    return n;
  }
}
