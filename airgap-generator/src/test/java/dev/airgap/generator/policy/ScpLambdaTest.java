package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScpLambdaTest {

  @Test
  @DisplayName("the handler fits the inline ZipFile limit and has nothing Fn::Sub would substitute")
  void handlerCanBeInlined() {
    String source = ScpLambda.source();
    assertThat(source.codePointCount(0, source.length()))
        .isLessThanOrEqualTo(ScpLambda.MAX_INLINE_CHARACTERS);
    assertThat(source)
        .doesNotContain("${", "\r", "\t")
        .endsWith("\n")
        .contains("\ndef handler(event, context):\n");
  }

  @Test
  @DisplayName("the handler and the Java contract agree on property names and the marker tag")
  void contractMatchesTheHandler() {
    String source = ScpLambda.source();
    assertThat(source)
        .contains(
            "'" + ScpLambda.PROPERTY_NAME + "'",
            "'" + ScpLambda.PROPERTY_DESCRIPTION + "'",
            "'" + ScpLambda.PROPERTY_CONTENT + "'",
            "'" + ScpLambda.PROPERTY_TARGET_IDS + "'",
            "{'Key': '"
                + ScpLambda.MARKER_TAG_KEY
                + "', 'Value': '"
                + ScpLambda.MARKER_TAG_VALUE
                + "'}");
    assertThat(ScpLambda.HANDLER).startsWith("index.");
  }

  @Test
  @DisplayName(
      "every API the handler calls is granted to its role, and every granted action exists")
  void roleCoversTheCalls() {
    assertThat(KnownActions.unknown(ScpLambda.roleActions())).isEmpty();
    String source = ScpLambda.source();
    for (String call :
        new String[] {
          "attach_policy",
          "create_policy",
          "delete_policy",
          "detach_policy",
          "list_policies",
          "list_tags_for_resource",
          "list_targets_for_policy",
          "update_policy"
        }) {
      assertThat(source).contains("'" + call + "'");
      String action = "organizations:" + camel(call);
      assertThat(ScpLambda.roleActions()).contains(action);
    }
    // CreatePolicy with Tags also needs TagResource.
    assertThat(ScpLambda.roleActions()).contains("organizations:TagResource");
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
