package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * AG6040: when the model asks for multi-party approval, the templates create an approval team that
 * really needs a quorum: owned by the management account, at least two approvals and no more than
 * it has approvers, bound to AWS Backup's restore-access operation, shared with the central account
 * only. Who may associate or disassociate a team with the vault is proven by AG6001 (the calls are
 * data calls of {@link ThreatCatalog#VAULT_DATA}, for every position), and that they alert by
 * AG6006.
 */
public final class ApprovalTeamSound implements VerifyRule {
  static final String RESTORE_ACCESS_POLICY =
      "policy/backup.amazonaws.com/CreateRestoreAccessVault/";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6040",
          Severity.ERROR,
          "The approval team does not need a quorum",
          "Issue 12 item 2: restore access to the logically air-gapped vault is what an attacker who"
              + " holds the production organization wants; a team that one person can satisfy, that the"
              + " central account owns, that guards another operation, or that is shared beyond the"
              + " central account gives it to them (docs/aws-facts.md §13.20).",
          "Regenerate the approval-team template from the model; do not edit it by hand.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    var mpa = ctx.world.model.approvalTeam();
    boolean external = ctx.world.model.recoveryOrganization().isPresent();
    String pointer =
        external ? "/recoveryOrganization/multiPartyApproval" : "/central/multiPartyApproval";
    if (mpa.isEmpty()
        || ctx.world.model.central().vault().kind() != VaultKind.LOGICALLY_AIR_GAPPED) {
      return;
    }
    List<String> breaches = new ArrayList<>();
    String file = "";
    int teams = 0;
    for (TemplateInstance in : ctx.world.instances) {
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().path("Type").asText().equals("AWS::MPA::ApprovalTeam")) {
          continue;
        }
        teams++;
        file = in.file();
        breaches.addAll(team(in, e.getKey(), e.getValue(), mpa.get(), ctx.world.org, external));
      }
    }
    if (teams == 0) {
      breaches.add("no AWS::MPA::ApprovalTeam is generated although the model names one");
    }
    for (String b : breaches) {
      ctx.report(file, pointer, "breach: " + b, info().fix());
    }
    ctx.table.mark(
        Position.Kind.MANAGEMENT,
        Property.NO_ESCALATION,
        breaches.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }

  private static List<String> team(
      TemplateInstance in,
      String id,
      JsonNode team,
      MultiPartyApproval mpa,
      OrgLayout org,
      boolean external) {
    List<String> out = new ArrayList<>();
    String where = in.file() + " " + id;
    JsonNode props = team.path("Properties");
    if (!in.account().equals(mpa.account()) || in.account().equals(org.centralAccount)) {
      out.add(where + " is deployed in account " + in.account() + ", not " + mpa.account());
    }
    int m = props.path("ApprovalStrategy").path("MofN").path("MinApprovalsRequired").asInt(0);
    int n = props.path("Approvers").size();
    if (m < 2 || m > n) {
      out.add(where + " needs " + m + " of " + n + " approvals: no quorum");
    }
    boolean restoreAccess = false;
    for (JsonNode p : props.path("Policies")) {
      restoreAccess |= Intrinsics.text(p.path("PolicyArn"), in).contains(RESTORE_ACCESS_POLICY);
    }
    if (!restoreAccess) {
      out.add(where + " does not guard AWS Backup's restore-access operation");
    }
    boolean shared = false;
    Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode share = e.getValue().path("Properties");
      if (!e.getValue().path("Type").asText().equals("AWS::RAM::ResourceShare")
          || !share.path("ResourceArns").toString().contains("\"" + id + "\"")) {
        continue;
      }
      shared = true;
      List<String> principals = new ArrayList<>();
      share.path("Principals").forEach(p -> principals.add(Intrinsics.text(p, in)));
      // From a separate recovery organization the central account is outside, and the share must
      // allow that one external principal; inside one organization it must allow none.
      if (!principals.equals(List.of(org.centralAccount))
          || share.path("AllowExternalPrincipals").asBoolean(true) != external) {
        out.add(
            in.file()
                + " "
                + e.getKey()
                + " shares the team with "
                + principals
                + (share.path("AllowExternalPrincipals").asBoolean(true) != external
                    ? external
                        ? " without allowing the central account, which is outside the recovery"
                            + " organization"
                        : " and allows principals outside the organization"
                    : "")
                + ", not with the central account "
                + org.centralAccount
                + " alone");
      }
    }
    if (!shared) {
      out.add(where + " is not shared with the central account, which cannot associate it");
    }
    return out;
  }
}
