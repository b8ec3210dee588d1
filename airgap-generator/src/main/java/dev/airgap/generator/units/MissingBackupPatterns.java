package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.policy.JobEventNames;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.MissingBackupChecks;
import java.util.List;

/**
 * What the missing-backup notifications (central.alerts.jobNotifications.missingBackupHours) match
 * and say (docs/aws-facts.md §17.5). AWS Config sends "Config Rules Compliance Change" to the
 * default bus of the account and region whose rule changed compliance; airgap's rules are named
 * {@link JobEventNames#configRule}, and only their NON_COMPLIANT results are forwarded and
 * announced: a resource that returns to COMPLIANT is not news. One pattern serves the member rule
 * that forwards and the central rule that notifies.
 */
public final class MissingBackupPatterns {
  private MissingBackupPatterns() {}

  public static final String DETAIL_TYPE = "Config Rules Compliance Change";

  /** The variables of the notification text, each a JSON path into the event. */
  public static final List<List<String>> PATHS =
      List.of(
          List.of("account", "$.detail.awsAccountId"),
          List.of("region", "$.detail.awsRegion"),
          List.of("time", "$.time"),
          List.of("rule", "$.detail.configRuleName"),
          List.of("resourceType", "$.detail.resourceType"),
          List.of("resource", "$.detail.resourceId"));

  /** The Config rule names the plans need, one per resource type. */
  public static List<String> ruleNames(AirGapModel model) {
    return MissingBackupChecks.of(model).stream()
        .map(c -> JobEventNames.configRule(model, c.name()))
        .toList();
  }

  public static CfnValue pattern(AirGapModel model) {
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.config")))
        .put("detail-type", CfnValue.texts(List.of(DETAIL_TYPE)))
        .put(
            "detail",
            CfnValue.ordered()
                .put("configRuleName", CfnValue.texts(ruleNames(model)))
                .put(
                    "newEvaluationResult",
                    CfnValue.map()
                        .put("complianceType", CfnValue.texts(List.of("NON_COMPLIANT")))
                        .build())
                .build())
        .build();
  }

  /** One line a person can act on: which resource, where, and since when it counts as missing. */
  static CfnValue inputTransformer(AirGapModel model) {
    CfnValue.MapBuilder paths = CfnValue.ordered();
    PATHS.forEach(p -> paths.put(p.get(0), p.get(1)));
    return CfnValue.ordered()
        .put("InputPathsMap", paths.build())
        .put("InputTemplate", template(model))
        .build();
  }

  static String template(AirGapModel model) {
    return "\"airgap missing backup: <resourceType> <resource> in account <account>, region <region>"
        + " has had no new recovery point for more than "
        + MissingBackupChecks.hours(model).orElse(0)
        + " hours (AWS Config rule <rule>, reported at <time>).\"";
  }
}
