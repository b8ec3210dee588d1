package dev.airgap.maven.deploy;

import java.util.List;

/** The manifest or templates cannot be deployed as they are; the user fixes the input. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  public InvalidInputException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
