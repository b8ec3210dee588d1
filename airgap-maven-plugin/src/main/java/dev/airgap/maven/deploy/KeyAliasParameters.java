package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.maven.deploy.LivePlan.InstanceBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parameters a manifest unit takes from KMS aliases ({@link
 * DeploymentUnit#keyAliasParameters()}): the central vault's key ARN with {@code central.key.kind:
 * key-account}, which differs per region and is random (docs/aws-facts.md §20.3). They are resolved
 * when the unit deploys, after the key unit it depends on, and reach each region's instances as
 * parameter overrides.
 */
final class KeyAliasParameters {
  private KeyAliasParameters() {}

  /**
   * Region (sorted) → parameter → the key ARN its alias names there; empty when the unit has none.
   * An alias that does not resolve fails the unit with DescribeKey's error.
   */
  static Map<String, Map<String, String>> resolve(
      DeploymentUnit unit, KeyAliases keyAliases, RetryPolicy retry) {
    if (unit.keyAliasParameters().isEmpty()) {
      return Map.of();
    }
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String region : new TreeSet<>(unit.regions())) {
      Map<String, String> values = new TreeMap<>();
      unit.keyAliasParameters()
          .forEach(
              (parameter, aliasTemplate) -> {
                String alias = aliasTemplate.replace(DeploymentUnit.REGION_PLACEHOLDER, region);
                values.put(parameter, retry.call(() -> keyAliases.keyArn(region, alias)));
              });
      out.put(region, Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * One batch per region when the values differ by region (one CreateStackInstances call takes one
   * set of overrides), else the batch as planned.
   */
  static List<InstanceBatch> perRegion(
      InstanceBatch batch, Map<String, Map<String, String>> regional) {
    if (regional.isEmpty()) {
      return List.of(batch);
    }
    List<InstanceBatch> out = new ArrayList<>();
    for (String region : batch.regions()) {
      List<String> pairs =
          batch.accountRegions().stream().filter(p -> p.endsWith("/" + region)).toList();
      out.add(new InstanceBatch(batch.targets(), List.of(region), pairs));
    }
    return out;
  }
}
