package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.model.AirGapModel;
import java.util.List;

/**
 * What the organization-wide job notifications match and say (docs/aws-facts.md §17). AWS Backup
 * sends "Backup Job State Change", "Copy Job State Change" and "Restore Job State Change" events to
 * the default bus of the account and region that runs the job; backup and copy jobs report {@code
 * detail.state}, restore jobs {@code detail.status} (§17.1). One pattern serves the member rule
 * that forwards and the central rule that notifies, so that what leaves a member account is what
 * the central account announces.
 */
public final class JobEventPatterns {
  private JobEventPatterns() {}

  public static final List<String> DETAIL_TYPES =
      List.of("Backup Job State Change", "Copy Job State Change", "Restore Job State Change");

  /** The end states of a job that produced nothing: AWS Backup's FAILED, ABORTED and EXPIRED. */
  public static final List<String> STATES = List.of("ABORTED", "EXPIRED", "FAILED");

  /** The variables of the notification text, each a JSON path into the event (§17.3). */
  public static final List<List<String>> PATHS =
      List.of(
          List.of("account", "$.account"),
          List.of("region", "$.region"),
          List.of("time", "$.time"),
          List.of("detailType", "$.detail-type"),
          List.of("state", "$.detail.state"),
          List.of("status", "$.detail.status"),
          List.of("resource", "$.detail.resourceArn"),
          List.of("resourceType", "$.detail.resourceType"),
          List.of("resources", "$.resources"),
          List.of("backupJob", "$.detail.backupJobId"),
          List.of("copyJob", "$.detail.copyJobId"),
          List.of("restoreJob", "$.detail.restoreJobId"),
          List.of("reason", "$.detail.statusMessage"));

  /**
   * One line a person can act on: which account and region, which job and resource, and AWS
   * Backup's own reason. A job type reports either state or status and one of the three job ids, so
   * the absent ones are empty.
   */
  public static final String TEMPLATE =
      "\"airgap backup job notification: <detailType> <state><status> in account <account>,"
          + " region <region>, at <time>. Resource: <resource> (<resourceType>) <resources>."
          + " Job: <backupJob><copyJob><restoreJob>. Reason: <reason>\"";

  public static CfnValue pattern() {
    CfnValue states = CfnValue.texts(STATES);
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.backup")))
        .put("detail-type", CfnValue.texts(DETAIL_TYPES))
        .put(
            "detail",
            CfnValue.ordered()
                .put(
                    "$or",
                    CfnValue.list(
                        CfnValue.map().put("state", states).build(),
                        CfnValue.map().put("status", states).build()))
                .build())
        .build();
  }

  static CfnValue inputTransformer() {
    CfnValue.MapBuilder paths = CfnValue.ordered();
    PATHS.forEach(p -> paths.put(p.get(0), p.get(1)));
    return CfnValue.ordered()
        .put("InputPathsMap", paths.build())
        .put("InputTemplate", TEMPLATE)
        .build();
  }

  /**
   * The central bus, in the first central region: member rules in every member region forward to it
   * (cross-account and cross-Region bus targets, §17.2).
   */
  public static String busRegion(AirGapModel model) {
    return Deployments.sorted(model.central().regions()).get(0);
  }

  /** The bus ARN with a literal partition (for the proof and for docs). */
  public static String busArn(AirGapModel model) {
    return "arn:"
        + model.organization().partition().yamlName()
        + ":events:"
        + busRegion(model)
        + ":"
        + model.central().account()
        + ":event-bus/"
        + Names.jobEventBusName(model);
  }

  /** The bus ARN as a template value, the partition resolved by CloudFormation. */
  static CfnValue busArnValue(AirGapModel model) {
    return CfnValue.sub(
        "arn:${AWS::Partition}:events:"
            + busRegion(model)
            + ":"
            + model.central().account()
            + ":event-bus/"
            + Names.jobEventBusName(model));
  }

  /**
   * The one target of a member forwarding rule: the central bus, put to with the forwarder role
   * {@code roleName}, which may put events on that bus alone.
   */
  static CfnValue busTargets(AirGapModel model, String roleName) {
    return CfnValue.list(
        List.of(
            CfnValue.map()
                .put("Id", "central-job-event-bus")
                .put("Arn", busArnValue(model))
                .put(
                    "RoleArn",
                    CfnValue.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + roleName))
                .build()));
  }
}
