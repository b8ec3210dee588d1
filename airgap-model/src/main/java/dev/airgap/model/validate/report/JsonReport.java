package dev.airgap.model.validate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;

/** Machine-readable findings: {@code {"errors":n,"warnings":n,"findings":[...]}}. */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  public static String render(Findings findings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("errors", findings.errorCount());
    root.put("warnings", findings.warningCount());
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings.all()) {
      ObjectNode n = list.addObject();
      n.put("ruleId", f.ruleId());
      n.put("severity", f.severity().word());
      n.put("file", f.location().file());
      n.put("line", f.location().line());
      n.put("column", f.location().column());
      n.put("pointer", f.pointer());
      n.put("message", f.message());
      if (!f.hint().isEmpty()) {
        n.put("hint", f.hint());
      }
    }
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serializes", e);
    }
  }
}
