package dev.airgap.maven;

import java.nio.file.Path;

/** The model file does not exist: a user mistake (wrong directory or {@code airgap.model}). */
public final class ModelMissingException extends GoalException {
  private static final long serialVersionUID = 1L;
  private final transient Path path;

  public ModelMissingException(Path path) {
    super(path.toString(), null);
    this.path = path;
  }

  public Path path() {
    return path;
  }
}
