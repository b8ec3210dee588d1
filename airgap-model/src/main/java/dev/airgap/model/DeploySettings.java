package dev.airgap.model;

import java.util.Optional;

/**
 * How airgap deploys.
 *
 * @param stackSetNamePrefix prefix of every stack set and stack name, default {@code airgap}
 * @param centralPermissionModel permission model of the central units, default service-managed
 * @param roleArn an extra role that deploys (for example a CI role), exempt from the denies
 * @param operationPreferences StackSet operation preferences
 * @param cfct deploy the stack sets through Customizations for Control Tower, when set
 */
public record DeploySettings(
    String stackSetNamePrefix,
    PermissionModel centralPermissionModel,
    Optional<String> roleArn,
    OperationPreferences operationPreferences,
    Optional<Cfct> cfct) {

  /**
   * @param maxConcurrentPercentage 1..100, default 25
   * @param failureTolerancePercentage 0..100, default 0
   * @param regionConcurrency default parallel
   */
  public record OperationPreferences(
      int maxConcurrentPercentage,
      int failureTolerancePercentage,
      RegionConcurrency regionConcurrency) {}
}
