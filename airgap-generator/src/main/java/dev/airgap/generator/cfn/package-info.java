/**
 * The typed template model: {@link dev.airgap.generator.cfn.Template}, {@link
 * dev.airgap.generator.cfn.Resource} and the sealed {@link dev.airgap.generator.cfn.CfnValue} whose
 * alternatives include the intrinsic functions. No YAML here; see {@code generator.yaml}.
 */
package dev.airgap.generator.cfn;
