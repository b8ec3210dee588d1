/**
 * {@code airgap:verify} engine (issue 11): proves, for the exact templates airgap generated, that
 * no attacker position can destroy, unlock, copy out, crypto-shred or silence the central backups,
 * or prints the shortest chain of calls that does. Entry point: {@link
 * dev.airgap.generator.verify.Verifier}. Pure Java: no AWS calls, no Maven types. See {@code
 * docs/verify.md}.
 */
package dev.airgap.generator.verify;
