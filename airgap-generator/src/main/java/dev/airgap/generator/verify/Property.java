package dev.airgap.generator.verify;

/** The columns of the proof table: the seven properties of issue 11. */
public enum Property {
  NO_DESTRUCTION("1 no destruction"),
  NO_ESCALATION("2 no escalation"),
  DEPLOY_CONFIG_ONLY("3 deploy config-only"),
  NO_LOCKOUT("4 no lock-out"),
  COPY_IN_SCOPE("5 copy-in scope"),
  ALERTS("6 alerts"),
  NOT_WEAKENED_FROM_BELOW("7 not weakened below");

  private final String label;

  Property(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
