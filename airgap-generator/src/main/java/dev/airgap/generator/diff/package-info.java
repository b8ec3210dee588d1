/**
 * Typed differences between two generated outputs, for reviewers: {@link
 * dev.airgap.generator.diff.OutputDiff} over a directory, {@link
 * dev.airgap.generator.diff.TemplateDiff} per template, down to {@link
 * dev.airgap.generator.diff.ResourceChange} and {@link dev.airgap.generator.diff.PropertyChange}
 * with an {@link dev.airgap.generator.diff.Impact}. Computing and rendering are separate ({@link
 * dev.airgap.generator.diff.DiffRenderer}), as in cloudformation-diff ({@code lib/diff-template.ts}
 * vs {@code lib/format.ts}). Also holds the plain-text {@link
 * dev.airgap.generator.diff.UnifiedDiff} used for stale-output messages. No Maven or AWS SDK types.
 */
package dev.airgap.generator.diff;
