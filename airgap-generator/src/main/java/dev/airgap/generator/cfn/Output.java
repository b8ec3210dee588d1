package dev.airgap.generator.cfn;

import java.util.Optional;

/**
 * A template output.
 *
 * @param description what it is
 * @param value its value
 * @param condition a condition name, or empty
 */
public record Output(String description, CfnValue value, Optional<String> condition) {
  public static Output of(String description, CfnValue value) {
    return new Output(description, value, Optional.empty());
  }
}
