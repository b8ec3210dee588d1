/**
 * The airgap.yaml model: immutable records and enums for the organization, the central vault, the
 * members, the backup plans, the guardrails and the deployment settings. No Maven or AWS SDK
 * types; no source positions (those live in {@link dev.airgap.model.io.SourceMap}).
 */
package dev.airgap.model;
