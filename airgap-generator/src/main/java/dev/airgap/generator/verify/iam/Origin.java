package dev.airgap.generator.verify.iam;

/**
 * Where a statement comes from, so a counterexample names it: template file, logical id, Sid.
 *
 * @param file e.g. {@code central-vault.yaml}
 * @param logicalId e.g. {@code CentralVault}
 * @param sid the statement's Sid, or {@code #n} (its 1-based position) when it has none
 * @param modelPointer the model element that produced the resource, or empty
 */
public record Origin(String file, String logicalId, String sid, String modelPointer) {
  @Override
  public String toString() {
    return file + " " + logicalId + " " + sid;
  }
}
