package dev.airgap.generator.check;

import dev.airgap.model.validate.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every template rule (AG5xxx), in id order; docs/rules.md lists them after the model rules. */
public final class TemplateRuleCatalog {
  private TemplateRuleCatalog() {}

  public static List<TemplateRule> rules() {
    List<TemplateRule> rules =
        new ArrayList<>(
            List.of(
                new ResourceMatchesSchema(),
                new PolicySizeWithinLimit(),
                new TemplateBodyWithinLimit(),
                new IamActionExists(),
                new StatefulResourceRetained(),
                new NoHardCodedPartition(),
                new BackupPolicyExpressible(),
                new ModelCompilable(),
                new DeploymentNamesValid(),
                new NoControlTowerTag()));
    rules.sort(Comparator.comparing(r -> r.info().id()));
    return List.copyOf(rules);
  }

  public static List<RuleInfo> infos() {
    return rules().stream().map(TemplateRule::info).toList();
  }
}
