/**
 * Small algorithms every module needs exactly one copy of: the edit distance behind "did you mean"
 * hints and the SHA-256 hex digests behind hashes, ids and fingerprints. They live in the model
 * because it is the module everything else depends on. No Maven or AWS SDK types.
 */
package dev.airgap.model.util;
