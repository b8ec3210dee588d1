package dev.airgap.generator.cfn;

import java.util.Optional;

/**
 * A template parameter. airgap bakes the model into templates, so units rarely need one; the type
 * exists so that a unit that does gets the same canonical rendering.
 *
 * @param type e.g. {@code String}
 * @param description what it is
 * @param defaultValue its default, or empty
 * @param allowedPattern the regular expression CloudFormation checks the value against, or empty
 */
public record Parameter(
    String type,
    String description,
    Optional<String> defaultValue,
    Optional<String> allowedPattern) {}
