package dev.airgap.model;

/**
 * Organization guardrails.
 *
 * @param scp the service control policy that protects the central vaults
 */
public record Protection(Scp scp) {

  /**
   * @param mode default {@code native}
   * @param targets where the SCP is attached; default: the member targets. The central account is
   *     always added, as it is the account whose principals the SCP restrains.
   */
  public record Scp(ScpMode mode, Targets targets) {}
}
