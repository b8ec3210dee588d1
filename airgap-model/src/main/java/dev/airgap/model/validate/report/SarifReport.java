package dev.airgap.model.validate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.RuleInfo;
import java.util.List;

/** SARIF 2.1.0, so CI systems can annotate the pull request at the offending line. */
public final class SarifReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  public static String render(Findings findings, List<RuleInfo> rules) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "airgap");
    driver.put("informationUri", "https://github.com/airgap/airgap/blob/main/docs/rules.md");
    ArrayNode ruleList = driver.putArray("rules");
    for (RuleInfo info : rules) {
      ObjectNode r = ruleList.addObject();
      r.put("id", info.id());
      r.putObject("shortDescription").put("text", info.title());
      r.putObject("fullDescription").put("text", info.why());
      r.putObject("help").put("text", info.fix());
      r.putObject("defaultConfiguration").put("level", level(info.defaultSeverity().word()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : findings.all()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      r.put("level", level(f.severity().word()));
      String pointer = f.pointer().isEmpty() ? "/" : f.pointer();
      r.putObject("message")
          .put(
              "text",
              pointer
                  + ": "
                  + f.message()
                  + (f.hint().isEmpty() ? "" : " (hint: " + f.hint() + ")"));
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", f.location().file());
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.location().line());
      region.put("startColumn", f.location().column());
    }
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }

  private static String level(String severity) {
    return "error".equals(severity) ? "error" : "warning";
  }
}
