package dev.airgap.generator.verify;

/**
 * One call of a counterexample.
 *
 * @param action the IAM action (or an Identity Center / StackSets operation)
 * @param resource what it acts on
 * @param why why it succeeds: the layers that let it through, naming each deny statement that did
 *     not apply and why
 */
public record Step(String action, String resource, String why) {
  @Override
  public String toString() {
    return action + " " + shortArn(resource) + " (" + why + ")";
  }

  static String shortArn(String arn) {
    return arn;
  }
}
