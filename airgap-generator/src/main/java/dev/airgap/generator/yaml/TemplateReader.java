package dev.airgap.generator.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/** Reads a generated template back into a tree, for checks and the re-write round trip test. */
public final class TemplateReader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private TemplateReader() {}

  public static JsonNode read(byte[] yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a YAML template: " + e.getMessage(), e);
    }
  }
}
