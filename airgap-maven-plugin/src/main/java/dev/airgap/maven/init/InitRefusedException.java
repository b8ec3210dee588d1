package dev.airgap.maven.init;

/** {@code airgap:init} would overwrite something; nothing was written. */
public final class InitRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InitRefusedException(String message) {
    super(message);
  }
}
