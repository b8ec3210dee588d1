package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.io.Pointers;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Locale;
import java.util.Map;

/** AG4014: optOutTag and optInTags keys and values have valid lengths and no aws: prefix. */
public final class TagShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4014",
          Severity.ERROR,
          "Selection tags have a key of 1 to 128 and a value of 1 to 256 characters, not "
              + "aws:-prefixed",
          "Tag keys are 1 to 128 characters and may not start with aws: (reserved for AWS), "
              + "values at most 256; a selection on an empty or reserved tag never matches "
              + "anything users can set (AWS tagging limits; AWS Backup API Conditions; docs/aws-facts.md "
              + "§1.2, §4.4).",
          "Use a tag key such as backup and a non-empty value such as false.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String selection = ModelFields.plan(plan) + "/selection";
      String optOut = selection + "/optOutTag";
      if (context.isUsable(optOut + "/key")) {
        checkKey(context, optOut + "/key", plan.selection().optOutTag().key());
      }
      if (context.isUsable(optOut + "/value")) {
        checkValue(context, optOut + "/value", plan.selection().optOutTag().value());
      }
      String optIn = selection + "/optInTags";
      if (!context.isUsable(optIn)) {
        continue;
      }
      for (Map.Entry<String, String> tag : plan.selection().optInTags().entrySet()) {
        String p = Pointers.child(optIn, tag.getKey());
        if (context.isUsable(p) && !checkKey(context, p, tag.getKey())) {
          checkValue(context, p, tag.getValue());
        }
      }
    }
  }

  /** Reports a bad key; returns whether it did. */
  private static boolean checkKey(RuleContext context, String pointer, String key) {
    if (key.isEmpty() || key.length() > 128) {
      context.report(
          pointer,
          "tag key must have 1 to 128 characters (has " + key.length() + ")",
          "use a short key such as backup");
      return true;
    }
    if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
      context.report(
          pointer,
          "tag key '" + key + "' starts with aws:, which is reserved for AWS",
          "use a key without the aws: prefix");
      return true;
    }
    return false;
  }

  private static void checkValue(RuleContext context, String pointer, String value) {
    if (value.isEmpty() || value.length() > 256) {
      context.report(
          pointer,
          "tag value must have 1 to 256 characters (has " + value.length() + ")",
          "use a value such as \"false\" (quoted, so YAML keeps it text)");
    }
  }
}
