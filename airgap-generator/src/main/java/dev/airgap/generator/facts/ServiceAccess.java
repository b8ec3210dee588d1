package dev.airgap.generator.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Trusted access an AWS service needs in the organization before a resource of airgap's can work
 * (facts §10 #4). The doctor checks exactly the access the templates' resources need.
 */
public enum ServiceAccess {
  /** Backup policies and cross-account copies between vaults need AWS Backup's trusted access. */
  BACKUP(
      "backup.amazonaws.com",
      "AWS Backup",
      "",
      "aws organizations enable-aws-service-access --service-principal backup.amazonaws.com"),
  /** A resource share with organization principals needs RAM's sharing with the organization. */
  RAM(
      "ram.amazonaws.com",
      "RAM",
      " (the vault is shared)",
      "aws ram enable-sharing-with-aws-organization (from the management account)");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String principal;
  private final String service;
  private final String reason;
  private final String enable;

  ServiceAccess(String principal, String service, String reason, String enable) {
    this.principal = principal;
    this.service = service;
    this.reason = reason;
    this.enable = enable;
  }

  /** The service principal Organizations lists when the access is enabled. */
  public String principal() {
    return principal;
  }

  /** The service's name, e.g. {@code RAM}. */
  public String service() {
    return service;
  }

  /** Why airgap needs it, in parentheses with a leading space, or empty when obvious. */
  public String reason() {
    return reason;
  }

  /** The command that enables it. */
  public String enable() {
    return enable;
  }

  /** A need of one resource type, possibly only for one kind of it. */
  public record Need(ServiceAccess access, Optional<PropertyEquals> when) {}

  /**
   * The access the resources of these templates (CloudFormation YAML or JSON text) need, in enum
   * order. A type without a row in {@link ResourceFacts} needs none.
   *
   * @throws IllegalArgumentException when a template is not readable
   */
  public static Set<ServiceAccess> neededBy(Collection<String> templates) {
    Set<ServiceAccess> needed = EnumSet.noneOf(ServiceAccess.class);
    for (String text : templates) {
      JsonNode template;
      try {
        template = YAML.readTree(text);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("not a readable template: " + e.getOriginalMessage(), e);
      }
      if (template == null) {
        continue;
      }
      for (JsonNode resource : template.path("Resources")) {
        ResourceFacts.of(resource.path("Type").asText())
            .ifPresent(
                fact -> {
                  for (Need need : fact.serviceAccess()) {
                    if (need.when()
                        .map(
                            w ->
                                resource
                                    .path("Properties")
                                    .path(w.property())
                                    .asText()
                                    .equals(w.value()))
                        .orElse(true)) {
                      needed.add(need.access());
                    }
                  }
                });
      }
    }
    return needed;
  }
}
