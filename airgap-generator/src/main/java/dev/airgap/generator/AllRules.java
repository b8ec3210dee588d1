package dev.airgap.generator;

import dev.airgap.generator.check.TemplateRuleCatalog;
import dev.airgap.generator.verify.VerifyRuleCatalog;
import dev.airgap.model.validate.RuleCatalog;
import dev.airgap.model.validate.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule airgap reports, in id order: reading problems and model rules (AG0xxx–AG4xxx),
 * template checks (AG5xxx) and verify (AG6xxx). docs/rules.md and the SARIF report's rule
 * descriptors come from here, so no finding can carry an id that is documented nowhere.
 */
public final class AllRules {
  private AllRules() {}

  public static List<RuleInfo> infos() {
    List<RuleInfo> infos = new ArrayList<>(RuleCatalog.infos());
    infos.addAll(TemplateRuleCatalog.infos());
    infos.addAll(VerifyRuleCatalog.infos());
    infos.sort(Comparator.comparing(RuleInfo::id));
    return List.copyOf(infos);
  }
}
