package dev.airgap.generator.cfn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A CloudFormation template. Maps are sorted by name, so insertion order never shows in output.
 *
 * @param description the template description (≤ 1,024 bytes, docs/aws-facts.md §8.1)
 * @param parameters by name
 * @param conditions by name
 * @param resources by logical id
 * @param outputs by name
 */
public record Template(
    String description,
    Map<String, Parameter> parameters,
    Map<String, CfnValue> conditions,
    Map<String, Resource> resources,
    Map<String, Output> outputs) {

  /** Largest template body CloudFormation accepts in a request (docs/aws-facts.md §8.1). */
  public static final int MAX_BODY_BYTES = 51_200;

  private static final Pattern LOGICAL_ID = Pattern.compile("^[A-Za-z0-9]{1,255}$");

  public Template {
    parameters = sortedCopy(parameters);
    conditions = sortedCopy(conditions);
    resources = sortedCopy(resources);
    outputs = sortedCopy(outputs);
    for (String id : resources.keySet()) {
      if (!LOGICAL_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("invalid logical id: " + id);
      }
    }
  }

  private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }

  /**
   * Collects resources and refuses a logical id used twice (troposphere's Template does the same).
   */
  public static final class Builder {
    private final String description;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, CfnValue> conditions = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, Output> outputs = new LinkedHashMap<>();

    public Builder(String description) {
      this.description = description;
    }

    public Builder condition(String name, CfnValue value) {
      unique(conditions.put(name, value), name);
      return this;
    }

    public Builder resource(String logicalId, Resource resource) {
      unique(resources.put(logicalId, resource), logicalId);
      return this;
    }

    public Builder output(String name, Output output) {
      unique(outputs.put(name, output), name);
      return this;
    }

    public Builder parameter(String name, Parameter parameter) {
      unique(parameters.put(name, parameter), name);
      return this;
    }

    private static void unique(Object previous, String name) {
      if (previous != null) {
        throw new IllegalArgumentException("logical id used twice: " + name);
      }
    }

    public Template build() {
      return new Template(description, parameters, conditions, resources, outputs);
    }
  }
}
