package dev.airgap.generator.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemplateWriterTest {

  private static Template sample(boolean reversed) {
    Template.Builder t = new Template.Builder("sample");
    List<String> ids = new ArrayList<>(List.of("Alpha", "Bravo", "Charlie"));
    if (reversed) {
      java.util.Collections.reverse(ids);
    }
    for (String id : ids) {
      t.resource(
          id,
          Resource.of(
                  "AWS::SNS::Topic",
                  CfnValue.map()
                      .put("TopicName", "t-" + id)
                      .put("Account", "012345678901")
                      .put("Version", "2012-10-17")
                      .put("Star", "*")
                      .put(
                          "Arn",
                          CfnValue.sub(
                              "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:x"))
                      .put("Key", CfnValue.getAtt("Key", "Arn"))
                      .put("Self", CfnValue.ref("AWS::Region"))
                      .build(),
                  "/central")
              .retained()
              .withCondition("Cond")
              .withDependsOn("Zulu", "Yankee"));
    }
    t.condition(
        "Cond", new CfnValue.Equals(CfnValue.ref("AWS::Region"), CfnValue.text("eu-west-1")));
    t.output("Out", Output.of("an output", CfnValue.ref("Alpha")));
    return t.build();
  }

  @Test
  @DisplayName(
      "bytes follow the determinism contract: no marker, LF, one final newline, quoted ids and dates")
  void canonicalBytes() {
    String yaml = new String(TemplateWriter.write(sample(false)), StandardCharsets.UTF_8);
    assertThat(yaml)
        .startsWith("AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: sample\nConditions:");
    assertThat(yaml)
        .doesNotContain("\r")
        .doesNotContain("---")
        .doesNotContain("!Ref")
        .endsWith("\n")
        .doesNotEndWith("\n\n");
    assertThat(yaml)
        .contains("Account: \"012345678901\"")
        .contains("Version: \"2012-10-17\"")
        .contains("Star: '*'");
    assertThat(yaml)
        .contains("Fn::Sub: \"arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:x\"");
    assertThat(yaml)
        .contains("Fn::GetAtt:\n          - Key\n          - Arn")
        .contains("Ref: AWS::Region");
    assertThat(yaml.indexOf("Resources:")).isLessThan(yaml.indexOf("Outputs:"));
  }

  @Test
  @DisplayName(
      "resource keys come in the fixed order, DependsOn sorted, resources sorted by logical id")
  void keyOrder() {
    String yaml = new String(TemplateWriter.write(sample(true)), StandardCharsets.UTF_8);
    assertThat(yaml)
        .isEqualTo(new String(TemplateWriter.write(sample(false)), StandardCharsets.UTF_8));
    String alpha = yaml.substring(yaml.indexOf("  Alpha:"), yaml.indexOf("  Bravo:"));
    assertThat(alpha)
        .containsSubsequence(
            "Type:",
            "Condition:",
            "DependsOn:",
            "- Yankee",
            "- Zulu",
            "DeletionPolicy: Retain",
            "UpdateReplacePolicy: Retain",
            "Properties:",
            "Account:",
            "Arn:",
            "Key:",
            "Self:",
            "Star:",
            "TopicName:",
            "Version:");
    assertThat(yaml).containsSubsequence("  Alpha:", "  Bravo:", "  Charlie:");
  }

  @Test
  @DisplayName(
      "reading a template back and writing it again gives the same bytes, account ids stay strings")
  void roundTrip() {
    byte[] bytes = TemplateWriter.write(sample(false));
    JsonNode tree = TemplateReader.read(bytes);
    assertThat(tree.at("/Resources/Alpha/Properties/Account").isTextual()).isTrue();
    assertThat(tree.at("/Resources/Alpha/Properties/Account").asText()).isEqualTo("012345678901");
    assertThat(TemplateWriter.yaml(tree)).isEqualTo(bytes);
  }

  @Test
  @DisplayName("policy sizes are measured on minified JSON")
  void minifiedJson() {
    CfnValue doc =
        CfnValue.ordered().put("Version", "2012-10-17").put("Statement", CfnValue.list()).build();
    assertThat(TemplateWriter.minifiedJson(doc))
        .isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
  }
}
