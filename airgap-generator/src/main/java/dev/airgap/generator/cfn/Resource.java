package dev.airgap.generator.cfn;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One resource. Written with keys in the order Type, Condition, DependsOn, DeletionPolicy,
 * UpdateReplacePolicy, Metadata, Properties (style.md §5).
 *
 * @param type e.g. {@code AWS::Backup::BackupVault}
 * @param condition name of a template condition, or empty
 * @param dependsOn logical ids, sorted and de-duplicated here
 * @param deletionPolicy e.g. {@code Retain}, or empty
 * @param updateReplacePolicy e.g. {@code Retain}, or empty
 * @param metadata resource metadata, or empty
 * @param properties the properties (a sorted map)
 * @param modelPointer the JSON pointer of the model element that produced this resource, so that
 *     template findings can point back at the user's file; never written
 */
public record Resource(
    String type,
    Optional<String> condition,
    List<String> dependsOn,
    Optional<String> deletionPolicy,
    Optional<String> updateReplacePolicy,
    Optional<CfnValue.MapValue> metadata,
    CfnValue.MapValue properties,
    String modelPointer) {

  public Resource {
    dependsOn = List.copyOf(new TreeSet<>(dependsOn));
  }

  /** A resource with only a type and properties. */
  public static Resource of(String type, CfnValue.MapValue properties, String modelPointer) {
    return new Resource(
        type,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        properties,
        modelPointer);
  }

  /**
   * The same resource with {@code DeletionPolicy} and {@code UpdateReplacePolicy} set to Retain.
   */
  public Resource retained() {
    return new Resource(
        type,
        condition,
        dependsOn,
        Optional.of("Retain"),
        Optional.of("Retain"),
        metadata,
        properties,
        modelPointer);
  }

  public Resource withCondition(String name) {
    return new Resource(
        type,
        Optional.of(name),
        dependsOn,
        deletionPolicy,
        updateReplacePolicy,
        metadata,
        properties,
        modelPointer);
  }

  public Resource withDependsOn(String... logicalIds) {
    java.util.List<String> all = new java.util.ArrayList<>(dependsOn);
    all.addAll(List.of(logicalIds));
    return new Resource(
        type,
        condition,
        all,
        deletionPolicy,
        updateReplacePolicy,
        metadata,
        properties,
        modelPointer);
  }
}
