package dev.airgap.generator.check;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Locale;
import java.util.Map;

/**
 * AG5012: no generated resource carries a tag whose key is {@code aws-control-tower}. AWS Control
 * Tower's control CT.BACKUP.PV.3 denies every principal but {@code AWSControlTowerExecution} the
 * vault and plan changes on resources with that tag (docs/aws-facts.md §6.7): a tagged airgap vault
 * could no longer be updated by airgap, and Control Tower would treat it as its own.
 */
public final class NoControlTowerTag implements TemplateRule {
  static final String CONTROL_TOWER_TAG = "aws-control-tower";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5012",
          Severity.ERROR,
          "No resource carries Control Tower's aws-control-tower tag",
          "With AWS Control Tower's AWS Backup integration on, CT.BACKUP.PV.3 denies creating, changing and"
              + " deleting backup vaults and plans tagged aws-control-tower to everyone but AWSControlTowerExecution;"
              + " a tagged airgap resource would lock airgap out of its own vault (docs/aws-facts.md §6.7).",
          "Generator bug: airgap's resources must not carry the aws-control-tower tag key.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      Resource r = tr.resource();
      r.properties()
          .entries()
          .forEach(
              (name, value) -> {
                if (isTagProperty(name) && carriesControlTowerTag(value)) {
                  context.report(
                      tr.template(),
                      tr.logicalId(),
                      r,
                      name,
                      r.type() + " carries the tag key " + CONTROL_TOWER_TAG,
                      INFO.fix());
                }
              });
    }
  }

  /**
   * Tags, BackupVaultTags, BackupPlanTags, TagList, ...: every tagging property CloudFormation
   * names.
   */
  private static boolean isTagProperty(String name) {
    return name.endsWith("Tags") || name.equals("TagList");
  }

  /**
   * Both shapes CloudFormation uses: a list of {@code {Key, Value}} and a plain key→value map. Keys
   * are compared without case: whether the control's {@code Null} condition on {@code
   * aws:ResourceTag/aws-control-tower} matches another spelling is not documented, and either way a
   * reviewer would read such a tag as Control Tower's.
   */
  private static boolean carriesControlTowerTag(CfnValue value) {
    if (value instanceof CfnValue.ListValue list) {
      for (CfnValue item : list.items()) {
        if (item instanceof CfnValue.MapValue tag
            && tag.entries().get("Key") instanceof CfnValue.Text key
            && isControlTower(key.value())) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof CfnValue.MapValue map) {
      for (Map.Entry<String, CfnValue> e : map.entries().entrySet()) {
        if (isControlTower(e.getKey())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isControlTower(String key) {
    return key.toLowerCase(Locale.ROOT).equals(CONTROL_TOWER_TAG);
  }
}
