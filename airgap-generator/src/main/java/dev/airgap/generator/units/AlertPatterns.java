package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.policy.EvidenceActions;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.model.AirGapModel;
import java.util.List;

/**
 * The event patterns of the tamper rules. Each matches successful calls ({@code errorCode} absent)
 * recorded by CloudTrail (detail-type "AWS API Call via CloudTrail", docs/aws-facts.md §7.1) by
 * every caller type except {@code AWSService}: root, IAM users, assumed roles (admins and deploy
 * roles included), federated users, Identity Center users. A condition on the session issuer never
 * matches root or IAM-user calls (§11 #7), so the patterns look at the caller type only.
 *
 * <p>Both regional rules match the EventBridge calls that silence a rule, so disabling, deleting or
 * retargeting either one is announced by the other.
 */
final class AlertPatterns {
  private AlertPatterns() {}

  /**
   * Key calls worth an alert that no deny needs to cover: rotation off and alias moves do not make
   * data unreadable, but they are how a key swap starts.
   */
  private static final List<String> KEY_ALERT_ONLY =
      List.of("kms:DeleteAlias", "kms:DisableKeyRotation", "kms:UpdateAlias");

  /**
   * AWS Backup's mutating calls, the source services' deletes and shares of native recovery points,
   * and the calls that change or silence an EventBridge rule.
   */
  static CfnValue backupAndAlertRules() {
    return pattern(
        List.of("aws.backup", "aws.dynamodb", "aws.ec2", "aws.events", "aws.fsx", "aws.rds"),
        ProtectedActions.union(
            ProtectedActions.backupEventNames(),
            eventNamesOf("events:"),
            ProtectedActions.eventNames(ProtectedActions.nativeRecoveryPoints())));
  }

  /** Key destruction and policy changes, and every way to switch the alert path off. */
  static CfnValue keysAndAlertPath() {
    List<String> names =
        ProtectedActions.union(
            ProtectedActions.eventNames(
                ProtectedActions.union(
                    ProtectedActions.keyDestruction(),
                    ProtectedActions.keyConfiguration(),
                    KEY_ALERT_ONLY,
                    ProtectedActions.alertSilencing(),
                    ProtectedActions.alertConfiguration())),
            ProtectedActions.shareEventNames());
    return pattern(List.of("aws.cloudtrail", "aws.events", "aws.kms", "aws.ram", "aws.sns"), names);
  }

  /**
   * Every change to an IAM role or user of the account, by any caller: whoever can create or
   * re-trust a role can become it, and a role with an exempt name is worth nothing to an attacker
   * only while nobody but the admins can make one. iam:PassRole is a permission, not an API call,
   * so it has no event.
   */
  static CfnValue principals(AirGapModel model) {
    List<String> names =
        ProtectedActions.eventNames(ProtectedActions.principalTakeover(true)).stream()
            .filter(n -> !n.equals("PassRole"))
            .toList();
    return pattern(List.of("aws.iam"), names, false);
  }

  /**
   * Every use of a break-glass role: the AssumeRole call that starts a session (recorded, with the
   * role's ARN in requestParameters, in the role's account as well as the caller's) and every call
   * made in such a session (its sessionIssuer is the role), whoever made it. STS records AssumeRole
   * in the region of the endpoint called, so a session started elsewhere is seen at its first call
   * to a central vault (docs/aws-facts.md §15.3).
   */
  static CfnValue breakGlassUse(List<String> roleArns) {
    return breakGlassUse(roleArns, List.of());
  }

  /**
   * @param identityCenterRoles EventBridge wildcards of the roles Identity Center provisions for
   *     the break-glass permission sets: their sessions are matched by the session issuer like the
   *     IAM roles', and their start by STS's AssumeRoleWithSAML should the account record one
   *     (docs/aws-facts.md §18.4)
   */
  static CfnValue breakGlassUse(List<String> roleArns, List<String> identityCenterRoles) {
    List<CfnValue> alternatives = new java.util.ArrayList<>();
    if (!roleArns.isEmpty()) {
      CfnValue roles = CfnValue.texts(roleArns);
      alternatives.add(start("AssumeRole", roles));
      alternatives.add(session(roles));
    }
    if (!identityCenterRoles.isEmpty()) {
      List<CfnValue> wildcards = new java.util.ArrayList<>();
      identityCenterRoles.forEach(
          w -> wildcards.add(CfnValue.ordered().put("wildcard", w).build()));
      alternatives.add(start("AssumeRoleWithSAML", CfnValue.list(wildcards)));
      alternatives.add(session(CfnValue.list(wildcards)));
    }
    return CfnValue.ordered()
        .put("detail-type", CfnValue.texts(List.of("AWS API Call via CloudTrail")))
        .put("detail", CfnValue.ordered().put("$or", CfnValue.list(alternatives)).build())
        .build();
  }

  private static CfnValue start(String eventName, CfnValue roles) {
    return CfnValue.ordered()
        .put("eventSource", CfnValue.texts(List.of("sts.amazonaws.com")))
        .put("eventName", CfnValue.texts(List.of(eventName)))
        .put("requestParameters", CfnValue.ordered().put("roleArn", roles).build())
        .build();
  }

  private static CfnValue session(CfnValue roles) {
    return CfnValue.ordered()
        .put(
            "userIdentity",
            CfnValue.ordered()
                .put(
                    "sessionContext",
                    CfnValue.ordered()
                        .put("sessionIssuer", CfnValue.ordered().put("arn", roles).build())
                        .build())
                .build())
        .build();
  }

  private static List<String> eventNamesOf(String service) {
    return ProtectedActions.eventNames(
        ProtectedActions.union(
                ProtectedActions.alertSilencing(), ProtectedActions.alertConfiguration())
            .stream()
            .filter(a -> a.startsWith(service))
            .toList());
  }

  /**
   * Every change to the evidence bucket or its policy, by anyone but AWS services (object deletes
   * are data events and alert nothing; the bucket policy and the SCP deny them).
   */
  static CfnValue evidenceBucket(String bucketName) {
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.s3")))
        .put("detail-type", CfnValue.texts(List.of("AWS API Call via CloudTrail")))
        .put(
            "detail",
            CfnValue.ordered()
                .put("eventName", CfnValue.texts(EvidenceActions.evidenceEventNames()))
                .put("errorCode", CfnValue.list(CfnValue.ordered().put("exists", false).build()))
                .put(
                    "requestParameters",
                    CfnValue.ordered()
                        .put("bucketName", CfnValue.texts(List.of(bucketName)))
                        .build())
                .put(
                    "userIdentity",
                    CfnValue.ordered()
                        .put(
                            "type",
                            CfnValue.list(
                                CfnValue.ordered()
                                    .put("anything-but", CfnValue.texts(List.of("AWSService")))
                                    .build()))
                        .build())
                .build())
        .build();
  }

  private static CfnValue pattern(List<String> sources, List<String> eventNames) {
    return pattern(sources, eventNames, true);
  }

  /**
   * @param exceptServices leave out calls AWS services make on their own; the IAM rule keeps them,
   *     because Identity Center and StackSets create roles through service-linked roles that no SCP
   *     binds, and such a role is exactly what an exemption pattern may match (docs/aws-facts.md
   *     §13.1, §13.12)
   */
  private static CfnValue pattern(
      List<String> sources, List<String> eventNames, boolean exceptServices) {
    CfnValue.MapBuilder detail =
        CfnValue.ordered()
            .put("eventName", CfnValue.texts(eventNames))
            .put("errorCode", CfnValue.list(CfnValue.ordered().put("exists", false).build()));
    if (exceptServices) {
      detail.put(
          "userIdentity",
          CfnValue.ordered()
              .put(
                  "type",
                  CfnValue.list(
                      CfnValue.ordered()
                          .put("anything-but", CfnValue.texts(List.of("AWSService")))
                          .build()))
              .build());
    }
    return CfnValue.ordered()
        .put("source", CfnValue.texts(sources))
        .put("detail-type", CfnValue.texts(List.of("AWS API Call via CloudTrail")))
        .put("detail", detail.build())
        .build();
  }
}
