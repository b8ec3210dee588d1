package dev.airgap.generator.verify;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.ManifestBuilder;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each template runs (accounts × regions), read from the deployment units airgap builds for
 * the same templates, so a unit added later (say a management-account alert stack in us-east-1) is
 * placed without changing verify. Every unit counts, whoever deploys it (airgap or a CfCT
 * pipeline).
 */
public final class Placement {
  private Placement() {}

  /** Account and region of one stack instance. */
  public record Site(String account, String region) {}

  public static Map<String, List<Site>> of(AirGapModel model, List<GeneratedTemplate> templates) {
    OrgLayout org = new OrgLayout(model);
    Map<String, List<Site>> sites = new LinkedHashMap<>();
    for (DeploymentUnit unit : ManifestBuilder.allUnits(model, templates)) {
      List<String> accounts = new ArrayList<>();
      DeploymentUnit.UnitTargets t = unit.targets();
      boolean accountsOnly =
          t.accountFilterType() == DeploymentUnit.AccountFilterType.INTERSECTION
              || t.organizationalUnits().isEmpty()
                  && t.accountFilterType() != DeploymentUnit.AccountFilterType.DIFFERENCE;
      if (accountsOnly) {
        accounts.addAll(t.accounts());
      } else {
        t.organizationalUnits()
            .forEach(
                ou -> {
                  String a = org.accountOfOu(ou);
                  if (a != null) {
                    accounts.add(a);
                  }
                });
      }
      List<Site> list = new ArrayList<>();
      for (String a : accounts) {
        unit.regions().forEach(r -> list.add(new Site(a, r)));
      }
      sites.put(unit.templateFile(), list);
    }
    return sites;
  }
}
