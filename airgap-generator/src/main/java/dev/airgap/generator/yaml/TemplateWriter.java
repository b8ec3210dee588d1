package dev.airgap.generator.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Parameter;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a {@link Template} as canonical YAML bytes (style.md §5): fixed top-level and resource key
 * order, resources and outputs sorted by logical id, property keys sorted, long-form intrinsics,
 * 2-space indent, LF, exactly one final newline, no document-start marker, no folded lines, and
 * every string that looks like a number (account ids) quoted.
 */
public final class TemplateWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The document-start marker is disabled on the factory: disabling it on an ObjectWriter leaves it
   * in place (jackson-dataformats-text#215). MINIMIZE_QUOTES needs ALWAYS_QUOTE_NUMBERS_AS_STRINGS,
   * or {@code "012345678901"} would be written bare and read back as a number.
   */
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
              .stringQuotingChecker(new DateAwareQuoting())
              .build());

  /**
   * YAML 1.1 reads {@code 2012-10-17} as a timestamp, so a policy {@code Version} or the template
   * format version written bare could reach a parser as a date; quote date-like strings too.
   */
  private static final class DateAwareQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final java.util.regex.Pattern DATE_LIKE =
        java.util.regex.Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}.*");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || DATE_LIKE.matcher(value).matches();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateWriter() {}

  /** The template's canonical YAML bytes. */
  public static byte[] write(Template template) {
    return yaml(tree(template));
  }

  /** Canonical YAML of any tree (used for templates and their re-written form). */
  public static byte[] yaml(JsonNode tree) {
    try {
      String text = YAML.writeValueAsString(tree).replace("\r\n", "\n");
      while (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a template tree always serializes", e);
    }
  }

  /** Minified JSON of a value, as AWS measures policy sizes (docs/aws-facts.md §6.1). */
  public static String minifiedJson(CfnValue value) {
    try {
      return JSON.writeValueAsString(node(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The template as a tree in canonical key order. */
  public static ObjectNode tree(Template template) {
    ObjectNode root = NODES.objectNode();
    root.put("AWSTemplateFormatVersion", "2010-09-09");
    root.put("Description", template.description());
    if (!template.parameters().isEmpty()) {
      ObjectNode params = root.putObject("Parameters");
      for (Map.Entry<String, Parameter> e : template.parameters().entrySet()) {
        ObjectNode p = params.putObject(e.getKey());
        p.put("Type", e.getValue().type());
        e.getValue().defaultValue().ifPresent(d -> p.put("Default", d));
        e.getValue().allowedPattern().ifPresent(a -> p.put("AllowedPattern", a));
        p.put("Description", e.getValue().description());
      }
    }
    if (!template.conditions().isEmpty()) {
      ObjectNode conditions = root.putObject("Conditions");
      template.conditions().forEach((name, value) -> conditions.set(name, node(value)));
    }
    ObjectNode resources = root.putObject("Resources");
    for (Map.Entry<String, Resource> e : template.resources().entrySet()) {
      Resource r = e.getValue();
      ObjectNode n = resources.putObject(e.getKey());
      n.put("Type", r.type());
      r.condition().ifPresent(c -> n.put("Condition", c));
      if (!r.dependsOn().isEmpty()) {
        ArrayNode deps = n.putArray("DependsOn");
        r.dependsOn().forEach(deps::add);
      }
      r.deletionPolicy().ifPresent(p -> n.put("DeletionPolicy", p));
      r.updateReplacePolicy().ifPresent(p -> n.put("UpdateReplacePolicy", p));
      metadata(r).ifPresent(m -> n.set("Metadata", m));
      n.set("Properties", node(r.properties()));
    }
    if (!template.outputs().isEmpty()) {
      ObjectNode outputs = root.putObject("Outputs");
      for (Map.Entry<String, Output> e : template.outputs().entrySet()) {
        ObjectNode o = outputs.putObject(e.getKey());
        o.put("Description", e.getValue().description());
        e.getValue().condition().ifPresent(c -> o.put("Condition", c));
        o.set("Value", node(e.getValue().value()));
      }
    }
    return root;
  }

  /** One value as a tree node, intrinsics in long form. */
  public static JsonNode node(CfnValue value) {
    if (value instanceof CfnValue.Text t) {
      return NODES.textNode(t.value());
    } else if (value instanceof CfnValue.Num n) {
      return NODES.numberNode(n.value());
    } else if (value instanceof CfnValue.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (value instanceof CfnValue.ListValue l) {
      ArrayNode array = NODES.arrayNode();
      l.items().forEach(i -> array.add(node(i)));
      return array;
    } else if (value instanceof CfnValue.MapValue m) {
      ObjectNode object = NODES.objectNode();
      m.entries().forEach((k, v) -> object.set(k, node(v)));
      return object;
    } else if (value instanceof CfnValue.Ref r) {
      return NODES.objectNode().put("Ref", r.target());
    } else if (value instanceof CfnValue.GetAtt g) {
      ObjectNode object = NODES.objectNode();
      object.putArray("Fn::GetAtt").add(g.logicalId()).add(g.attribute());
      return object;
    } else if (value instanceof CfnValue.Sub s) {
      return NODES.objectNode().put("Fn::Sub", s.template());
    } else if (value instanceof CfnValue.Join j) {
      ObjectNode object = NODES.objectNode();
      ArrayNode args = object.putArray("Fn::Join");
      args.add(j.delimiter());
      ArrayNode parts = args.addArray();
      j.parts().forEach(p -> parts.add(node(p)));
      return object;
    } else if (value instanceof CfnValue.Select s) {
      ObjectNode object = NODES.objectNode();
      object.putArray("Fn::Select").add(s.index()).add(node(s.list()));
      return object;
    } else if (value instanceof CfnValue.If i) {
      ObjectNode object = NODES.objectNode();
      object.putArray("Fn::If").add(i.condition()).add(node(i.whenTrue())).add(node(i.whenFalse()));
      return object;
    } else if (value instanceof CfnValue.Equals e) {
      ObjectNode object = NODES.objectNode();
      object.putArray("Fn::Equals").add(node(e.left())).add(node(e.right()));
      return object;
    }
    throw new IllegalArgumentException("unknown value " + value);
  }

  /**
   * The resource's metadata plus {@code airgap.modelPath}: the model element it comes from, so a
   * reviewer (and {@code airgap:diff}) can trace every resource back to airgap.yaml. Metadata-only
   * changes do not update a deployed resource.
   */
  private static java.util.Optional<com.fasterxml.jackson.databind.JsonNode> metadata(Resource r) {
    ObjectNode merged =
        r.metadata().isPresent() ? ((ObjectNode) node(r.metadata().get())).deepCopy() : null;
    if (!r.modelPointer().isEmpty()) {
      if (merged == null) {
        merged = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      }
      if (!merged.has("airgap")) {
        merged.putObject("airgap").put("modelPath", r.modelPointer());
      }
    }
    return java.util.Optional.ofNullable(merged);
  }
}
