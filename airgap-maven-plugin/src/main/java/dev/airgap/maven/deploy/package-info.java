/**
 * Deploying the generated manifest: the {@link dev.airgap.maven.deploy.Deployer} (live plan,
 * deploy, drift), the organization {@link dev.airgap.maven.deploy.Doctor}, and the interfaces they
 * talk to, {@link dev.airgap.maven.deploy.StackSets}, {@link dev.airgap.maven.deploy.Organization}
 * and (doctor only) {@link dev.airgap.maven.deploy.Governance}, which use only our own records. No
 * AWS SDK or Maven type appears here (style.md §1); the SDK implementations live in {@code
 * deploy.aws}.
 */
package dev.airgap.maven.deploy;
