/**
 * The model resolved once into the facts units, template checks and the verifier read: the
 * principal classes by purpose ({@link dev.airgap.generator.resolve.PrincipalClasses}), vault ARNs
 * per region, policy targets, region sets and the organization backup policy documents ({@link
 * dev.airgap.generator.resolve.ResolvedModel}). One definition each, derived once per compile
 * instead of once per unit. No Maven or AWS SDK types.
 */
package dev.airgap.generator.resolve;
