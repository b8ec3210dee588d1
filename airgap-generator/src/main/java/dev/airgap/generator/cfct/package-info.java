/**
 * The Customizations for Control Tower (CfCT) package: the stack-set part of airgap's output in
 * CfCT's layout, for organizations that deploy customizations through its pipeline.
 */
package dev.airgap.generator.cfct;
