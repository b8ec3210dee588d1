package dev.airgap.generator.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official CloudFormation resource schemas this module carries (copied unchanged from
 * ../shared/cfn-schemas, only for the types airgap emits). Loaded once per type: both the facts
 * table and the schema check read them on every compile.
 */
public final class BundledSchemas {
  private static final String DIRECTORY = "/dev/airgap/generator/check/schemas/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Optional<JsonNode>> CACHE = new ConcurrentHashMap<>();

  private BundledSchemas() {}

  /** The schema of a type, if this module carries it. */
  public static Optional<JsonNode> schema(String type) {
    return CACHE.computeIfAbsent(
        type,
        t -> {
          String file = fileName(t);
          try (InputStream in = BundledSchemas.class.getResourceAsStream(DIRECTORY + file)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
          } catch (IOException e) {
            throw new IllegalStateException("unreadable bundled schema " + file, e);
          }
        });
  }

  /** The file name the official schema bundle uses, e.g. {@code aws-kms-key.json}. */
  public static String fileName(String type) {
    return type.toLowerCase(Locale.ROOT).replace("::", "-") + ".json";
  }
}
