package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.Pointers;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.HashMap;
import java.util.Map;

/** AG1013: no list holds the same entry twice. */
public final class DuplicateListEntry implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1013",
          Severity.ERROR,
          "A list names the same entry twice",
          "Lists of regions, accounts, OUs, admins and e-mails are sets; AWS rejects some "
              + "duplicates (StackSet regions and targets, duplicate policy targets) and a "
              + "duplicate usually hides the entry that was meant (CloudFormation API "
              + "CreateStackInstances; Organizations AttachPolicy; docs/aws-facts.md §6.4).",
          "Remove the second entry, or correct it to the value you meant.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.ListField list : ModelFields.distinctLists(model, context)) {
      if (!context.isUsable(list.pointer())) {
        continue;
      }
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < list.values().size(); i++) {
        String pointer = Pointers.child(list.pointer(), i);
        if (!context.isUsable(pointer)) {
          continue;
        }
        String value = list.values().get(i);
        Integer earlier = first.putIfAbsent(value, i);
        if (earlier != null) {
          context.report(
              pointer,
              "'" + value + "' is already listed at " + Pointers.child(list.pointer(), earlier),
              "remove this entry, or correct it to the value you meant");
        }
      }
    }
  }
}
