/**
 * Checks of the generated templates (AG5xxx): resource schemas, policy and template sizes, IAM
 * action names, Retain policies, partitions. Findings use the model's {@code Finding} format and
 * point at the model element that produced the resource.
 */
package dev.airgap.generator.check;
