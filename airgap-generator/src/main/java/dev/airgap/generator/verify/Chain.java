package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * A counterexample: who starts, and the calls in order.
 *
 * @param start the attacker's starting principal
 * @param steps the calls, the last one the breach
 * @param escalated whether it became another principal on the way
 */
public record Chain(Principal start, List<Step> steps, boolean escalated) {
  public Chain {
    steps = List.copyOf(steps);
  }

  Chain then(Step s, boolean becomes) {
    List<Step> more = new ArrayList<>(steps);
    more.add(s);
    return new Chain(start, more, escalated || becomes);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(start.label() + " " + start.arn());
    steps.forEach(s -> b.append("\n    → ").append(s));
    return b.toString();
  }
}
