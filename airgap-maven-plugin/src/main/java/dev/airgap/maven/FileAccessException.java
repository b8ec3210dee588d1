package dev.airgap.maven;

import java.io.IOException;
import java.nio.file.Path;

/** Reading or writing a file failed: the environment (permissions, disk), not the user's input. */
public final class FileAccessException extends GoalException {
  private static final long serialVersionUID = 1L;
  private final String action;
  private final transient Path path;

  /**
   * @param action what was being done, e.g. {@code "write"}, {@code "read"}, {@code "delete"}
   */
  public FileAccessException(String action, Path path, IOException cause) {
    super(action + " " + path, cause);
    this.action = action;
    this.path = path;
  }

  public String action() {
    return action;
  }

  public Path path() {
    return path;
  }

  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
