package dev.airgap.maven.deploy;

import dev.airgap.model.util.Sha256;
import java.util.Locale;

/**
 * Deterministic OperationIds: the same unit, action, template and targets always give the same id,
 * so a re-run after an interruption finds the operation it started instead of starting a duplicate
 * (OperationId is the idempotency token, facts §8.5). Format {@code [a-zA-Z0-9][-a-zA-Z0-9]*}, ≤ 128
 * characters (CloudFormation API, {@code OperationId}).
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

  /** The id of the n-th attempt (n ≥ 2) after an earlier attempt with {@code base} ended in failure: a new id retries OUTDATED instances (facts §8.5). */
  public static String attempt(String base, int n) {
    return n <= 1 ? base : base + "-r" + n;
  }

  public static String sha256(String text) {
    return Sha256.hex(text);
  }

  public static String sha256Bytes(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
