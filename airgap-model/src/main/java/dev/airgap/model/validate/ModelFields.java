package dev.airgap.model.validate;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.Evidence;
import dev.airgap.model.Targets;
import dev.airgap.model.io.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The places in a model where one kind of value appears, each with its JSON pointer. Rules that
 * check a kind of value everywhere (account ids, OU ids, regions, lists) walk these, so a new field
 * is added in one place. Values that failed to bind are left out: they were reported while reading.
 */
public final class ModelFields {
  private ModelFields() {}

  /** One value and where it is. */
  public record Field(String pointer, String value) {}

  /** One list of the model and where it is. */
  public record ListField(String pointer, List<String> values) {}

  /** The pointer of a plan, {@code /plans/<name>}. */
  public static String plan(BackupPlan plan) {
    return Pointers.child("/plans", plan.name());
  }

  /**
   * Whether {@code protection.scp.targets} was written (otherwise it repeats the member targets).
   */
  public static boolean scpTargetsWritten(RuleContext context) {
    return context.isWritten("/protection/scp/targets");
  }

  /** Every account id of the model. */
  public static List<Field> accountIds(AirGapModel model, RuleContext context) {
    List<Field> out = new ArrayList<>();
    single(
        out, context, "/organization/managementAccount", model.organization().managementAccount());
    model
        .organization()
        .delegatedAdminAccount()
        .ifPresent(a -> single(out, context, "/organization/delegatedAdminAccount", a));
    single(out, context, "/central/account", model.central().account());
    model
        .central()
        .key()
        .keyAccount()
        .filter(k -> !k.account().isEmpty())
        .ifPresent(k -> single(out, context, "/central/key/account", k.account()));
    each(out, context, "/central/recoveryAccounts", model.central().recoveryAccounts());
    model
        .central()
        .multiPartyApproval()
        .ifPresent(
            mpa -> single(out, context, "/central/multiPartyApproval/account", mpa.account()));
    targetAccounts(out, context, "/members/targets", model.members().targets());
    if (scpTargetsWritten(context)) {
      targetAccounts(out, context, "/protection/scp/targets", model.protection().scp().targets());
    }
    model
        .reports()
        .flatMap(Evidence.Reports::bucketAccount)
        .ifPresent(a -> single(out, context, "/evidence/reports/bucketAccount", a));
    model
        .recoveryOrganization()
        .ifPresent(
            r -> {
              single(out, context, RECOVERY + "/managementAccount", r.managementAccount());
              single(out, context, RECOVERY + "/recoveryAccount", r.recoveryAccount());
            });
    return out;
  }

  /** Where the recovery organization is. */
  public static final String RECOVERY = "/recoveryOrganization";

  /** One approval team of the model and where it is. */
  public record Team(String pointer, dev.airgap.model.MultiPartyApproval team) {}

  /**
   * Every approval team of the model with its pointer: {@code central.multiPartyApproval} and the
   * recovery organization's (AG2306 refuses both at once).
   */
  public static List<Team> approvalTeams(AirGapModel model, RuleContext context) {
    List<Team> out = new ArrayList<>();
    model
        .central()
        .multiPartyApproval()
        .filter(t -> context.isUsable("/central/multiPartyApproval"))
        .ifPresent(t -> out.add(new Team("/central/multiPartyApproval", t)));
    model
        .recoveryOrganization()
        .flatMap(r -> r.multiPartyApproval())
        .filter(t -> context.isUsable(RECOVERY + "/multiPartyApproval"))
        .ifPresent(t -> out.add(new Team(RECOVERY + "/multiPartyApproval", t)));
    return out;
  }

  /** Every OU (or root) id the model targets, plus the central OU. */
  public static List<Field> organizationalUnitIds(AirGapModel model, RuleContext context) {
    List<Field> out = new ArrayList<>();
    model
        .central()
        .organizationalUnit()
        .ifPresent(ou -> single(out, context, "/central/organizationalUnit", ou));
    model
        .central()
        .key()
        .keyAccount()
        .flatMap(k -> k.organizationalUnit())
        .ifPresent(ou -> single(out, context, "/central/key/organizationalUnit", ou));
    each(
        out,
        context,
        "/members/targets/organizationalUnits",
        model.members().targets().organizationalUnits());
    if (scpTargetsWritten(context)) {
      each(
          out,
          context,
          "/protection/scp/targets/organizationalUnits",
          model.protection().scp().targets().organizationalUnits());
    }
    model
        .reports()
        .flatMap(Evidence.Reports::bucketOrganizationalUnit)
        .ifPresent(ou -> single(out, context, "/evidence/reports/bucketOrganizationalUnit", ou));
    return out;
  }

  /** Every region of the model. */
  public static List<Field> regions(AirGapModel model, RuleContext context) {
    List<Field> out = new ArrayList<>();
    each(out, context, "/central/regions", model.central().regions());
    each(out, context, "/members/regions", model.members().regions());
    model
        .central()
        .multiPartyApproval()
        .ifPresent(
            mpa ->
                single(
                    out,
                    context,
                    "/central/multiPartyApproval/identityCenterRegion",
                    mpa.identityCenterRegion()));
    model
        .recoveryOrganization()
        .flatMap(r -> r.multiPartyApproval())
        .ifPresent(
            mpa ->
                single(
                    out,
                    context,
                    RECOVERY + "/multiPartyApproval/identityCenterRegion",
                    mpa.identityCenterRegion()));
    model
        .central()
        .breakGlass()
        .flatMap(b -> b.identityCenter())
        .ifPresent(
            ic -> single(out, context, "/central/breakGlass/identityCenter/region", ic.region()));
    model
        .central()
        .restoreTesting()
        .ifPresent(t -> each(out, context, "/central/restoreTesting/regions", t.regions()));
    return out;
  }

  /** Every list whose entries must be distinct. */
  public static List<ListField> distinctLists(AirGapModel model, RuleContext context) {
    List<ListField> out = new ArrayList<>();
    out.add(new ListField("/central/regions", model.central().regions()));
    out.add(new ListField("/central/admins", model.central().admins()));
    out.add(new ListField("/central/alerts/email", model.central().alerts().emails()));
    out.add(new ListField("/central/recoveryAccounts", model.central().recoveryAccounts()));
    model
        .central()
        .multiPartyApproval()
        .ifPresent(
            mpa ->
                out.add(new ListField("/central/multiPartyApproval/approvers", mpa.approvers())));
    model
        .central()
        .restoreTesting()
        .ifPresent(t -> out.add(new ListField("/central/restoreTesting/regions", t.regions())));
    model
        .recoveryOrganization()
        .ifPresent(
            r -> {
              out.add(new ListField(RECOVERY + "/alertEmails", r.alertEmails()));
              r.multiPartyApproval()
                  .ifPresent(
                      mpa ->
                          out.add(
                              new ListField(
                                  RECOVERY + "/multiPartyApproval/approvers", mpa.approvers())));
            });
    out.add(new ListField("/members/regions", model.members().regions()));
    targetLists(out, "/members/targets", model.members().targets());
    if (scpTargetsWritten(context)) {
      targetLists(out, "/protection/scp/targets", model.protection().scp().targets());
    }
    for (BackupPlan plan : model.plans().values()) {
      String p = plan(plan) + "/selection/resourceTypes";
      if (context.isWritten(p)) {
        out.add(new ListField(p, plan.selection().resourceTypes()));
      }
    }
    return out;
  }

  /** The usable entries of a list, with their pointers. */
  public static List<Field> entries(RuleContext context, String pointer, List<String> values) {
    List<Field> out = new ArrayList<>();
    each(out, context, pointer, values);
    return out;
  }

  /** Plans whose own pointer is usable, in name order. */
  /** Every plan's schedule that bound without error, with its pointer. */
  public static List<Field> schedules(AirGapModel model, RuleContext context) {
    List<Field> out = new ArrayList<>();
    for (BackupPlan plan : plans(model, context)) {
      single(out, context, plan(plan) + "/schedule", plan.schedule());
    }
    return out;
  }

  public static List<BackupPlan> plans(AirGapModel model, RuleContext context) {
    List<BackupPlan> out = new ArrayList<>();
    for (Map.Entry<String, BackupPlan> e : model.plans().entrySet()) {
      if (context.isUsable(plan(e.getValue()))) {
        out.add(e.getValue());
      }
    }
    return out;
  }

  private static void targetAccounts(
      List<Field> out, RuleContext context, String pointer, Targets targets) {
    each(out, context, pointer + "/accounts", targets.accounts());
    each(out, context, pointer + "/excludeAccounts", targets.excludeAccounts());
  }

  private static void targetLists(List<ListField> out, String pointer, Targets targets) {
    out.add(new ListField(pointer + "/organizationalUnits", targets.organizationalUnits()));
    out.add(new ListField(pointer + "/accounts", targets.accounts()));
    out.add(new ListField(pointer + "/excludeAccounts", targets.excludeAccounts()));
  }

  private static void single(List<Field> out, RuleContext context, String pointer, String value) {
    if (context.isUsable(pointer)) {
      out.add(new Field(pointer, value));
    }
  }

  private static void each(
      List<Field> out, RuleContext context, String pointer, List<String> values) {
    if (!context.isUsable(pointer)) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      single(out, context, Pointers.child(pointer, i), values.get(i));
    }
  }
}
