package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions airgap writes ({@code Ref}, {@code Fn::Sub}, {@code Fn::GetAtt},
 * {@code Fn::Join}, {@code Fn::Select}, {@code Fn::If}) for one stack instance. Resources become
 * synthetic ARNs of the form AWS uses for their type, so the same value compares equal wherever it
 * is referenced
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html,
 * pseudo parameters:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html).
 */
public final class Intrinsics {
  private static final Pattern VAR = Pattern.compile("\\$\\{([^}!][^}]*)}");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Intrinsics() {}

  /** Deep copy of {@code value} with every intrinsic function replaced by its value. */
  public static JsonNode resolve(JsonNode value, TemplateInstance in) {
    if (value == null || value.isMissingNode()) {
      return value;
    }
    if (value.isObject() && value.size() == 1) {
      String fn = value.fieldNames().next();
      JsonNode arg = value.get(fn);
      switch (fn) {
        case "Ref":
          return F.textNode(ref(arg.asText(), in));
        case "Fn::Sub":
          return F.textNode(sub(arg, in));
        case "Fn::GetAtt":
          return F.textNode(
              getAtt(
                  arg.isArray() ? arg.get(0).asText() : arg.asText().split("\\.")[0],
                  arg.isArray() ? arg.get(1).asText() : arg.asText().split("\\.", 2)[1],
                  in));
        case "Fn::Join":
          {
            StringBuilder b = new StringBuilder();
            JsonNode parts = resolve(arg.get(1), in);
            for (int i = 0; i < parts.size(); i++) {
              b.append(i == 0 ? "" : arg.get(0).asText()).append(parts.get(i).asText());
            }
            return F.textNode(b.toString());
          }
        case "Fn::Select":
          return resolve(arg.get(1), in).get(arg.get(0).asInt());
        case "Fn::If":
          return resolve(condition(arg.get(0).asText(), in) ? arg.get(1) : arg.get(2), in);
        default:
          break;
      }
    }
    if (value.isObject()) {
      ObjectNode out = F.objectNode();
      Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), resolve(e.getValue(), in));
      }
      return out;
    }
    if (value.isArray()) {
      ArrayNode out = F.arrayNode();
      value.forEach(v -> out.add(resolve(v, in)));
      return out;
    }
    return value;
  }

  /** A resolved scalar as text, or empty. */
  public static String text(JsonNode value, TemplateInstance in) {
    JsonNode r = resolve(value, in);
    return r == null || r.isMissingNode() || r.isNull() ? "" : r.asText();
  }

  /** Whether a named template condition holds for the instance. */
  public static boolean condition(String name, TemplateInstance in) {
    return truth(in.root().path("Conditions").path(name), in);
  }

  private static boolean truth(JsonNode c, TemplateInstance in) {
    if (c == null || c.isMissingNode()) {
      return true;
    }
    if (c.has("Fn::Equals")) {
      return text(c.get("Fn::Equals").get(0), in).equals(text(c.get("Fn::Equals").get(1), in));
    }
    if (c.has("Fn::Not")) {
      return !truth(c.get("Fn::Not").get(0), in);
    }
    if (c.has("Fn::And")) {
      for (JsonNode x : c.get("Fn::And")) {
        if (!truth(x, in)) {
          return false;
        }
      }
      return true;
    }
    if (c.has("Fn::Or")) {
      for (JsonNode x : c.get("Fn::Or")) {
        if (truth(x, in)) {
          return true;
        }
      }
      return false;
    }
    if (c.has("Condition")) {
      return condition(c.get("Condition").asText(), in);
    }
    return c.asBoolean(true);
  }

  static String ref(String target, TemplateInstance in) {
    switch (target) {
      case "AWS::AccountId":
        return in.account();
      case "AWS::Region":
        return in.region();
      case "AWS::Partition":
        return in.partition();
      case "AWS::URLSuffix":
        return "amazonaws.com";
      case "AWS::StackName":
        return "airgap-stack";
      case "AWS::NoValue":
        return "";
      default:
        break;
    }
    JsonNode r = in.resources().path(target);
    String type = r.path("Type").asText();
    // What Ref returns differs by type: ARNs for topics, names for vaults, ids otherwise.
    return switch (type) {
      case "AWS::SNS::Topic" -> getAtt(target, "TopicArn", in);
      case "AWS::Backup::BackupVault",
          "AWS::Backup::LogicallyAirGappedBackupVault",
          "AWS::Events::Rule",
          "AWS::IAM::Role",
          "AWS::S3::Bucket" ->
          name(target, in);
      default -> target;
    };
  }

  /** A synthetic but type-correct ARN for a resource of the instance. */
  public static String getAtt(String logicalId, String attribute, TemplateInstance in) {
    JsonNode r = in.resources().path(logicalId);
    String p = in.partition();
    String ra = in.region() + ":" + in.account();
    String name = name(logicalId, in);
    return switch (r.path("Type").asText()) {
      case "AWS::KMS::Key" -> "arn:" + p + ":kms:" + ra + ":key/" + logicalId;
      case "AWS::SNS::Topic" -> "arn:" + p + ":sns:" + ra + ":" + name;
      case "AWS::Backup::BackupVault", "AWS::Backup::LogicallyAirGappedBackupVault" ->
          "arn:" + p + ":backup:" + ra + ":backup-vault:" + name;
      case "AWS::Events::Rule" -> "arn:" + p + ":events:" + ra + ":rule/" + name;
      case "AWS::IAM::Role" -> "arn:" + p + ":iam::" + in.account() + ":role/" + name;
      case "AWS::Lambda::Function" -> "arn:" + p + ":lambda:" + ra + ":function:" + logicalId;
      default -> "arn:" + p + ":cloudformation:" + ra + ":synthetic/" + logicalId + "/" + attribute;
    };
  }

  private static String name(String logicalId, TemplateInstance in) {
    JsonNode props = in.resources().path(logicalId).path("Properties");
    for (String key :
        new String[] {"TopicName", "BackupVaultName", "Name", "RoleName", "BucketName"}) {
      if (props.has(key)) {
        return text(props.get(key), in);
      }
    }
    return logicalId;
  }

  private static String sub(JsonNode arg, TemplateInstance in) {
    String template = arg.isArray() ? arg.get(0).asText() : arg.asText();
    JsonNode vars = arg.isArray() && arg.size() > 1 ? arg.get(1) : null;
    Matcher m = VAR.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = m.group(1);
      String value;
      if (vars != null && vars.has(v)) {
        value = text(vars.get(v), in);
      } else if (v.contains(".")) {
        value = getAtt(v.substring(0, v.indexOf('.')), v.substring(v.indexOf('.') + 1), in);
      } else {
        value = ref(v, in);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().replace("${!", "${");
  }

  /** A text node, for callers that build resolved trees. */
  static JsonNode textNode(String s) {
    return TextNode.valueOf(s);
  }
}
