package dev.airgap.generator.verify;

import java.util.Map;

/**
 * A call the air gap must refuse.
 *
 * @param call the call
 * @param resource the resource ARN
 * @param form for recovery points, the ARN form; else the scope name
 * @param youngPoint a recovery point younger than the lock's MinRetentionDays
 * @param extra extra request context (e.g. {@code kms:GrantIsForAWSResource=false})
 */
public record Goal(
    ThreatCatalog.Call call,
    String resource,
    String form,
    boolean youngPoint,
    Map<String, java.util.List<String>> extra) {

  public String label() {
    return call.action() + " on " + form + (youngPoint ? " (within MinRetentionDays)" : "");
  }
}
