package dev.airgap.maven;

import dev.airgap.model.validate.Findings;
import org.apache.maven.plugin.MojoFailureException;

/** The model or its templates have findings at or above the failure threshold. */
public final class FindingsFailureException extends MojoFailureException {
  private static final long serialVersionUID = 1L;
  private final transient Findings findings;

  FindingsFailureException(String message, Findings findings) {
    super(message);
    this.findings = findings;
  }

  /** The located findings, for callers and tests. */
  public Findings findings() {
    return findings;
  }
}
