package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Map;

/**
 * AG1090: no value still starts with {@code TODO}. {@code airgap:init} writes every choice it
 * cannot make for the user (the central account, the member OUs, regions, admins, alert e-mail) as
 * such a placeholder, so the model fails validation, at each placeholder, until every choice is
 * made. It reads the strings as written, so a field added later is covered without a change here.
 */
public final class UnmadeChoice implements Rule {
  /** The rule id; {@code Validator} lets it replace other findings on the same value. */
  public static final String ID = "AG1090";

  /** How a placeholder starts. */
  public static final String MARKER = "TODO";

  private static final RuleInfo INFO =
      new RuleInfo(
          ID,
          Severity.ERROR,
          "Every TODO left by airgap:init is replaced",
          "airgap:init writes the choices only you can make (which account holds the central "
              + "vault, which OUs are members, regions, admins, where alerts go) as values that "
              + "start with TODO, with a proposal where organization discovery found one; "
              + "generating templates from a placeholder would name no real account or OU "
              + "(account and OU id formats: docs/aws-facts.md §1.1).",
          "Replace the value with your choice (the comment above it and the proposal after "
              + "TODO help), e.g. account: \"222222222222\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (Map.Entry<String, String> e : context.writtenStrings().entrySet()) {
      if (isPlaceholder(e.getValue())) {
        context.report(
            e.getKey(),
            "choice not made yet: '" + e.getValue().strip() + "'",
            "replace the TODO with your value; airgap:init's comment above it says what goes"
                + " there");
      }
    }
  }

  /** Whether {@code value} is an unmade choice. */
  public static boolean isPlaceholder(String value) {
    return value.strip().startsWith(MARKER);
  }
}
