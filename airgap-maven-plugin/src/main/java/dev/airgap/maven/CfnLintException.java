package dev.airgap.maven;

/** cfn-lint could not be run or its output could not be read: the environment. */
public final class CfnLintException extends GoalException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Problem {
    NOT_INSTALLED,
    FAILED,
    TIMED_OUT
  }

  private final Problem problem;
  private final String detail;

  public CfnLintException(Problem problem, String detail, Throwable cause) {
    super(problem + ": " + detail, cause);
    this.problem = problem;
    this.detail = detail;
  }

  public Problem problem() {
    return problem;
  }

  /** The command's output or the exception text. */
  public String detail() {
    return detail;
  }
}
