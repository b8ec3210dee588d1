package dev.airgap.generator.verify.iam;

import java.util.List;

/**
 * The outcome of one request, with why: the deciding statement for a deny, and for an allow the
 * deny statements that were in play and why each did not apply (so a counterexample names them).
 *
 * @param allowed whether the call succeeds
 * @param reason one line: the deciding statement or the missing allow
 * @param notes for an allow, one entry per deny statement that did not apply
 * @param decidedBy the deciding statement of an explicit deny, or null
 */
public record Decision(boolean allowed, String reason, List<String> notes, Origin decidedBy) {
  public Decision {
    notes = List.copyOf(notes);
  }

  /** Reason and notes as one bracketed text for a chain step. */
  public String explain() {
    if (!allowed) {
      return reason;
    }
    return notes.isEmpty() ? reason : reason + "; " + String.join("; ", notes);
  }
}
