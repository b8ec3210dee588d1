/**
 * The deployment units: one class per template (central vault, central alerts, member baseline,
 * management), each turning a validated model into a {@link dev.airgap.generator.cfn.Template}.
 */
package dev.airgap.generator.units;
