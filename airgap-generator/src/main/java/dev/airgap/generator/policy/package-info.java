/**
 * Policy documents the templates embed: the service control policy that protects the central
 * vaults, the organization backup policy, the single list of protected AWS Backup actions, and the
 * list of known IAM action names that generated policies are checked against.
 *
 * <p>Everything here is pure: plain {@code LinkedHashMap}/{@code List}/{@code String} trees in a
 * fixed order, no CloudFormation intrinsic functions (the partition and account ids come from the
 * model), so the same tree can be written into a template as an object or handed to the Lambda mode
 * as a minified string. The Lambda handler for {@code protection.scp.mode: lambda} lives next to
 * this package as a resource ({@code scp_handler.py}).
 */
package dev.airgap.generator.policy;
