package dev.airgap.generator.policy;

import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.MalwareScan;
import dev.airgap.model.validate.MissingBackupChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A service control policy airgap attaches, and where. There are two (docs/threat-model.md):
 *
 * <ul>
 *   <li>{@link #centralAccount} — attached to the central account only. It is the layer that
 *       survives a rewritten vault or key policy, since only the management account can change it,
 *       and it uses {@code Resource "*"} for data actions so that every recovery-point ARN form is
 *       covered, not just AWS Backup's own (docs/aws-facts.md §13.3). Four statements: data and
 *       lock actions for the admins only; silencing the alert path for the admins only;
 *       configuration updates for the admins and the deploy roles; and the guardrail that keeps
 *       anyone but the admins from creating, re-trusting or changing a principal whose ARN an
 *       exemption names — without it every exemption is an invitation (create a role called {@code
 *       stacksets-exec-x}, assume it, delete the backups).
 *   <li>{@link #memberTargets} — attached to {@code protection.scp.targets} (by default the member
 *       OUs): member principals may not change the central vaults or their recovery points. Copy
 *       and restore stay allowed there, for recovery accounts.
 * </ul>
 *
 * <p>Limits, on purpose and stated in docs/threat-model.md: SCPs never bind the management account
 * or service-linked roles (docs/aws-facts.md §6.1, §13.1). StackSets creates its execution role
 * through a service-linked role, so the guardrail does not stop AWS from creating the real one.
 *
 * @param logicalId the resource's logical id in the management template
 * @param name the policy name suffix after the stack set prefix
 * @param description the policy's description (≤ 512 characters, docs/aws-facts.md §6.4)
 * @param content the policy document
 * @param targetIds accounts and OUs the policy is attached to, sorted
 */
public record ScpDocument(
    String logicalId,
    String name,
    String description,
    Map<String, Object> content,
    List<String> targetIds) {
  /** SCP size limit in characters, measured minified (docs/aws-facts.md §6.1). */
  public static final int MAX_CHARACTERS = 5_120;

  /** Statement id of the member SCP's deny statement. */
  public static final String SID = "DenyCentralVaultTampering";

  public ScpDocument {
    content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    targetIds = List.copyOf(targetIds);
  }

  /** Both SCPs, in the order the management template lists them. */
  public static List<ScpDocument> build(AirGapModel model) {
    List<ScpDocument> scps = new ArrayList<>(List.of(centralAccount(model), memberTargets(model)));
    KeyAccountScp.build(model).ifPresent(scps::add);
    if (EvidenceAccount.remote(model)) {
      scps.add(EvidenceAccountScp.build(model));
    }
    return List.copyOf(scps);
  }

  /** The SCP of the central account. */
  public static ScpDocument centralAccount(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    String account = model.central().account();
    String prefix = model.deploy().stackSetNamePrefix();
    List<String> admins = admins(model);
    List<String> alertPath =
        List.of(
            "arn:" + partition + ":cloudtrail:*:" + account + ":trail/*",
            "arn:" + partition + ":events:*:" + account + ":rule/" + prefix + "-*",
            "arn:" + partition + ":sns:*:" + account + ":" + prefix + "-*");
    List<String> configured = new ArrayList<>();
    configured.add(Arns.backupVault(partition, "*", account, model.central().vault().name()));
    configured.add("arn:" + partition + ":kms:*:" + account + ":key/*");
    configured.addAll(alertPath.subList(1, 3));

    List<Map<String, Object>> statements =
        new ArrayList<>(
            List.of(
                deny(
                    "DenyDataAndLockActionsToAllButAdmins",
                    ProtectedActions.centralDataAndLock(),
                    List.of("*"),
                    admins),
                deny(
                    "DenyAlertSilencingToAllButAdmins",
                    ProtectedActions.alertSilencing(),
                    alertPath,
                    admins),
                deny(
                    "DenyConfigurationChangesToAllButAdminsAndDeployRole",
                    ProtectedActions.centralConfiguration(),
                    configured,
                    exemptPrincipalArns(model))));
    if (model.central().restoreTesting().isPresent()) {
      statements.add(
          deny(
              "DenyRestoreTestingChangesToAllButAdminsAndDeployRole",
              ProtectedActions.restoreTestingConfiguration(),
              List.of("*"),
              exemptPrincipalArns(model)));
    }
    if (model.recoveryOrganization().isPresent()) {
      statements.add(
          deny(
              "DenyShareChangesToAllButAdminsAndDeployRole",
              ProtectedActions.shareChanges(),
              List.of("*"),
              exemptPrincipalArns(model)));
    }
    // A key-account key is guarded by the key account's SCP (KeyAccountScp); the central account
    // then holds only the alert topic's key, whose key policy refuses such grants itself.
    if (model.central().key().kind() == KeyKind.MANAGED
        || model.central().key().kind() == KeyKind.EXISTING) {
      statements.add(grantsOnlyForAwsResources());
    }
    if (model.reports().isPresent() && !EvidenceAccount.remote(model)) {
      // The bucket owner's root may always replace a bucket policy, so the SCP, which binds
      // root, holds the evidence bucket's denies too (docs/aws-facts.md §19.4). A bucket in an
      // audit account has an SCP of its own there (EvidenceAccountScp).
      List<String> evidence = EvidenceAccount.bucketArns(model);
      statements.add(
          deny(
              "DenyEvidenceDestructionToAllButAdmins",
              EvidenceActions.evidenceDestruction(),
              evidence,
              admins));
      statements.add(
          deny(
              "DenyEvidenceConfigurationToAllButAdminsAndDeployRole",
              EvidenceActions.evidenceConfiguration(),
              evidence,
              exemptPrincipalArns(model)));
    }
    statements.add(
        deny(
            "DenyExemptPrincipalTakeoverToAllButAdmins",
            ProtectedActions.principalTakeover(
                exemptPrincipalArns(model).stream().anyMatch(a -> a.contains(":user/"))),
            exemptPrincipalArns(model),
            admins));
    return new ScpDocument(
        "CentralAccountProtectionScp",
        "protect-central-account",
        "airgap: in the central backup account only the vault admins may destroy, copy out, unlock or unshare"
            + " backups, disable keys or alerts, or change an exempt role; the deploy role may update configuration.",
        document(statements),
        List.of(account));
  }

  /** The SCP of the member targets: hands off the central vaults. */
  public static ScpDocument memberTargets(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    String account = model.central().account();
    // Every region at once: the vault has one name in all central regions, and the central account
    // holds nothing but airgap's vaults, so the policy stays the same size for 1 or 17 regions.
    List<String> resources =
        List.of(
            Arns.backupVault(partition, "*", account, model.central().vault().name()),
            Arns.recoveryPoints(partition, "*", account));
    return new ScpDocument(
        "CentralVaultProtectionScp",
        "protect-central-vault",
        "airgap: member accounts may not delete, shorten, unlock, unshare or reconfigure the central backup vaults.",
        // The deploy roles stay exempt: were the policy attached above the central account (a root
        // or its OU in protection.scp.targets), the next deploy could not update the vault. The
        // central-account SCP still denies them every data action there.
        document(memberStatements(model, resources)),
        memberTargetIds(model));
  }

  private static List<Map<String, Object>> memberStatements(
      AirGapModel model, List<String> resources) {
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(
        deny(SID, ProtectedActions.memberScpDeny(), resources, exemptPrincipalArns(model)));
    statements.add(memberBaseline(model));
    statements.add(memberKey(model));
    statements.add(memberExecutionRoleGuard(model));
    if (model.central().alerts().jobNotifications().isPresent()) {
      statements.add(memberJobEvents(model));
    }
    if (MissingBackupChecks.hours(model).isPresent()) {
      statements.add(memberMissingBackupRules(model));
    }
    return List.copyOf(statements);
  }

  /**
   * A member admin who deletes airgap's missing-backup Config rules, or puts them again with a
   * longer age or a narrower scope, silences the one signal of backups that stopped without a
   * failed job (docs/aws-facts.md §17.5). A Config rule's ARN ends in an id AWS assigns, not in its
   * name, and CloudFormation cannot tag it, so the deny covers every account-level Config rule of
   * the member accounts: only the member stack set may change them. Organization rules and
   * conformance packs, which AWS Config's service-linked roles deploy, are not bound by SCPs.
   */
  private static Map<String, Object> memberMissingBackupRules(AirGapModel model) {
    return deny(
        "DenyMissingBackupRuleChangesToAllButStackSets",
        ProtectedActions.missingBackupRules(),
        List.of("arn:" + model.organization().partition().yamlName() + ":config:*:*:config-rule/*"),
        List.of(memberExecutionRole(model)));
  }

  /**
   * A member admin who deletes, disables or retargets the job-event forwarding rule, or re-trusts
   * or deletes its role, makes the account's failed backups silent (docs/aws-facts.md §17): only
   * the member stack set, which deploys them, may change them.
   */
  private static Map<String, Object> memberJobEvents(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    return deny(
        "DenyJobEventForwardingChangesToAllButStackSets",
        ProtectedActions.union(
            ProtectedActions.jobEventForwarding(),
            ProtectedActions.memberBaseline().stream().filter(a -> a.startsWith("iam:")).toList()),
        forwardingResources(model, partition),
        List.of(memberExecutionRole(model)));
  }

  private static List<String> forwardingResources(AirGapModel model, String partition) {
    List<String> out = new ArrayList<>();
    out.add("arn:" + partition + ":events:*:*:rule/" + JobEventNames.forwardingRule(model));
    if (MissingBackupChecks.hours(model).isPresent()) {
      out.add(
          "arn:"
              + partition
              + ":events:*:*:rule/"
              + JobEventNames.missingBackupForwardingRule(model));
    }
    out.add(Arns.role(partition, "*", JobEventNames.forwarderRole(model)));
    return out;
  }

  /**
   * The member StackSet execution role, in any member account: the only exemption of the baseline
   * statements.
   */
  public static String memberExecutionRole(AirGapModel model) {
    return Arns.role(
        model.organization().partition().yamlName(),
        "*",
        ResolvedModel.of(model).principals().memberExecutionRoleName());
  }

  /**
   * Backups stop silently when a member admin deletes the backup role, re-trusts or re-policies it,
   * deletes the local vault or moves the key's alias (docs/threat-model.md, issue 10 item 8): only
   * the member stack set, which deploys them, may change them.
   */
  private static Map<String, Object> memberBaseline(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    String vault = model.members().vault().name();
    List<String> resources = new ArrayList<>();
    resources.add(Arns.backupVault(partition, "*", "*", vault));
    resources.add("arn:" + partition + ":kms:*:*:alias/" + vault);
    resources.add(Arns.role(partition, "*", model.members().backupRoleName()));
    model
        .members()
        .airGappedVault()
        // Deleting the member's logically air-gapped vault stops the plans that write into it.
        .ifPresent(lag -> resources.add(Arns.backupVault(partition, "*", "*", lag.name())));
    if (PlanFeatures.anyScan(model)) {
      // Re-trusting or deleting the scanner role stops the malware scans as quietly.
      resources.add(
          Arns.role(partition, "*", MalwareScan.scannerRoleName(model.members().backupRoleName())));
    }
    return deny(
        "DenyMemberBaselineChangesToAllButStackSets",
        ProtectedActions.memberBaseline(),
        resources,
        List.of(memberExecutionRole(model)));
  }

  /**
   * The member key is found by its alias ({@code kms:ResourceAliases}): its ARN is known only after
   * creation. Disabling or deleting it makes the local copies unreadable and stops new ones.
   */
  private static Map<String, Object> memberKey(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put(
        "ArnNotLike",
        Collections.singletonMap("aws:PrincipalArn", List.of(memberExecutionRole(model))));
    condition.put(
        "ForAnyValue:StringEquals",
        Collections.singletonMap(
            "kms:ResourceAliases", List.of("alias/" + model.members().vault().name())));
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", "DenyMemberKeyDestructionToAllButStackSets");
    statement.put("Effect", "Deny");
    statement.put(
        "Action",
        ProtectedActions.union(
            ProtectedActions.keyDestruction(), ProtectedActions.keyConfiguration()));
    statement.put("Resource", "*");
    statement.put("Condition", Collections.unmodifiableMap(condition));
    return Collections.unmodifiableMap(statement);
  }

  /**
   * Nobody may create or change a role named like the member execution role: StackSets creates the
   * real one through a service-linked role, which no SCP binds (docs/aws-facts.md §13.1), and a
   * look-alike would inherit the exemption above. The admins stay exempt only so that the policy
   * could never lock them out were it attached above the central account.
   */
  private static Map<String, Object> memberExecutionRoleGuard(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    return deny(
        "DenyExecutionRoleTakeoverInMemberAccounts",
        ProtectedActions.principalTakeover(false),
        List.of(memberExecutionRole(model)),
        admins(model));
  }

  /**
   * Grants only for an AWS service acting on an AWS resource, for everyone: the key policy says the
   * same (CT.KMS.PR.3), but the deploy role may rewrite a key policy, and an unrestricted grant
   * lets its grantee decrypt outside any policy. The SCP is the layer the deploy role cannot
   * rewrite.
   */
  static Map<String, Object> grantsOnlyForAwsResources() {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", "DenyGrantsNotForAwsResources");
    statement.put("Effect", "Deny");
    statement.put("Action", List.of("kms:CreateGrant"));
    statement.put("Resource", "*");
    statement.put(
        "Condition",
        Collections.singletonMap(
            "BoolIfExists", Collections.singletonMap("kms:GrantIsForAWSResource", "false")));
    return Collections.unmodifiableMap(statement);
  }

  static Map<String, Object> deny(
      String sid, List<String> actions, List<String> resources, List<String> exempt) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", sid);
    statement.put("Effect", "Deny");
    statement.put("Action", actions);
    statement.put("Resource", resources.size() == 1 ? resources.get(0) : List.copyOf(resources));
    statement.put(
        "Condition",
        Collections.singletonMap(
            "ArnNotLike", Collections.singletonMap("aws:PrincipalArn", exempt)));
    return Collections.unmodifiableMap(statement);
  }

  static Map<String, Object> document(List<Map<String, Object>> statements) {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("Version", "2012-10-17");
    content.put("Statement", statements);
    return content;
  }

  /**
   * The central admins (exact ARNs or {@code ArnLike} patterns) and the break-glass roles airgap
   * generates ({@link BreakGlassRoles}), sorted, without repeats.
   */
  public static List<String> admins(AirGapModel model) {
    return ResolvedModel.of(model).principals().vaultAdmins();
  }

  /**
   * Every principal an exemption names, sorted and without repeats: the admins (break-glass roles
   * included), the central StackSet execution role ({@link Arns#centralExecutionRole}) and {@code
   * deploy.roleArn} when set. The guardrail protects exactly these ARNs.
   */
  public static List<String> exemptPrincipalArns(AirGapModel model) {
    return ResolvedModel.of(model).principals().exemptPrincipalArns();
  }

  /**
   * Where the member SCP is attached: the OUs and accounts of {@code protection.scp.targets} (which
   * default to the member targets), sorted, without repeats. Excluded accounts cannot be honoured
   * by an attachment and are ignored.
   */
  public static List<String> memberTargetIds(AirGapModel model) {
    TreeSet<String> targets =
        new TreeSet<>(model.protection().scp().targets().organizationalUnits());
    targets.addAll(model.protection().scp().targets().accounts());
    return List.copyOf(targets);
  }

  /**
   * The content as minified JSON: the Lambda mode's {@code Content}, and what the limit measures.
   */
  public String minified() {
    return MinifiedJson.write(content);
  }

  /** Length of the minified content in characters. */
  public int minifiedLength() {
    return MinifiedJson.length(content);
  }

  /** Whether the minified content is within {@link #MAX_CHARACTERS}. */
  public boolean fitsLimit() {
    return minifiedLength() <= MAX_CHARACTERS;
  }
}
