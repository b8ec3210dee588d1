package dev.airgap.maven.deploy;

import dev.airgap.model.util.Sha256;
import java.util.Locale;

/**
 * Deterministic OperationIds: the same unit, action, template, targets and operation {@link
 * #history} always give the same id, so a retried request finds the operation it started instead of
 * starting a duplicate (OperationId is the idempotency token, facts §8.5), while the same template
 * asked for again later (a rollback) gets a new id because the history has grown. Format {@code
 * [a-zA-Z0-9][-a-zA-Z0-9]*}, ≤ 128 characters (CloudFormation API, {@code OperationId}).
 */
public final class OperationIds {
  public static final int MAX_LENGTH = 128;

  private OperationIds() {}

  /**
   * @param unitId the unit
   * @param action short action word ({@code update}, {@code instances}, {@code drift})
   * @param parts what makes the request unique (template hash, parameters, targets, regions)
   */
  public static String of(String unitId, String action, String... parts) {
    StringBuilder key = new StringBuilder(unitId).append('\n').append(action);
    for (String p : parts) {
      key.append('\n').append(p);
    }
    String hash = sha256(key.toString()).substring(0, 24);
    String unit = unitId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    if (unit.length() > 60) {
      unit = unit.substring(0, 60);
    }
    return "airgap-" + unit + "-" + action + "-" + hash;
  }

  /**
   * The id of the n-th attempt (n ≥ 2) after an earlier attempt with {@code base} ended in failure:
   * a new id retries OUTDATED instances (facts §8.5).
   */
  public static String attempt(String base, int n) {
    return n <= 1 ? base : base + "-r" + n;
  }

  /**
   * The operation history of a stack set as an id part: the same for the same set of operations
   * whatever order the API lists them in, different as soon as one more operation was accepted.
   */
  public static String history(java.util.Collection<String> operationIds) {
    return "after "
        + (operationIds.isEmpty()
            ? "none"
            : sha256(String.join("\n", new java.util.TreeSet<>(operationIds))));
  }

  public static String sha256(String text) {
    return Sha256.hex(text);
  }

  public static String sha256Bytes(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
