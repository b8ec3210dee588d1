/**
 * The airgap.yaml model: immutable records and enums for the organization, the central vault, the
 * members, the backup plans, the guardrails and the deployment settings. No Maven or AWS SDK types;
 * no source positions (those live in {@link dev.airgap.model.io.SourceMap}).
 *
 * <p>Values the user may leave out and that have no default (a lock's maximum, a delegated admin,
 * an existing key's ARN) are {@code Optional}/{@code OptionalInt} record components rather than
 * nulls. style.md keeps {@code Optional} to return types; a record's components are its accessors'
 * return types, and the alternative (nullable fields behind hand-written accessors) would give up
 * records' equality and the "no null in the model" rule at once.
 */
package dev.airgap.model;
