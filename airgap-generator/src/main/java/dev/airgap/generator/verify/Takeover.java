package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Principal;
import java.util.List;

/**
 * One way to become another principal: the calls in order and who the attacker is afterwards.
 *
 * @param calls the calls; those with {@code evaluate} false are made by a service on the attacker's
 *     behalf (and printed with their note instead of a policy decision)
 * @param becomes the principal the attacker then acts as
 */
record Takeover(List<Call> calls, Principal becomes) {

  /** One call of a take-over. */
  record Call(String action, String resource, boolean evaluate, String note) {
    static Call checked(String action, String resource) {
      return new Call(action, resource, true, "");
    }

    static Call byService(String action, String resource, String note) {
      return new Call(action, resource, false, note);
    }
  }
}
