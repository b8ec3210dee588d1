package dev.airgap.model.validate;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Targets;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts the model places in the production organization, each with where it is named: a
 * recovery organization's accounts must be none of them (AG2303, AG2304). An account of the
 * production organization is under its management account, which SCPs never bind and which can run
 * stack sets in it (docs/aws-facts.md §13.1, §22), so it is no separate organization.
 */
public final class ProductionAccounts {
  private ProductionAccounts() {}

  /** The field and what the account is there. */
  public record Named(ModelFields.Field field, String role) {}

  public static List<Named> of(AirGapModel model, RuleContext context) {
    List<Named> out = new ArrayList<>();
    add(
        out,
        context,
        "/organization/managementAccount",
        model.organization().managementAccount(),
        "the production management account");
    model
        .organization()
        .delegatedAdminAccount()
        .ifPresent(
            a ->
                add(
                    out,
                    context,
                    "/organization/delegatedAdminAccount",
                    a,
                    "the production delegated administrator"));
    add(out, context, "/central/account", model.central().account(), "the central account");
    model
        .central()
        .multiPartyApproval()
        .ifPresent(
            t ->
                add(
                    out,
                    context,
                    "/central/multiPartyApproval/account",
                    t.account(),
                    "the production approval team's account"));
    for (ModelFields.Field f :
        ModelFields.entries(context, "/central/admins", model.central().admins())) {
      String[] arn = f.value().split(":");
      if (arn.length > 4) {
        out.add(new Named(new ModelFields.Field(f.pointer(), arn[4]), "a central admin's account"));
      }
    }
    model
        .deploy()
        .roleArn()
        .filter(a -> context.isUsable("/deploy/roleArn") && a.split(":").length > 4)
        .ifPresent(
            a ->
                out.add(
                    new Named(
                        new ModelFields.Field("/deploy/roleArn", a.split(":")[4]),
                        "the deploy role's account")));
    targets(out, context, "/members/targets", model.members().targets());
    if (ModelFields.scpTargetsWritten(context)) {
      targets(out, context, "/protection/scp/targets", model.protection().scp().targets());
    }
    return out;
  }

  private static void targets(List<Named> out, RuleContext context, String base, Targets t) {
    for (ModelFields.Field f : ModelFields.entries(context, base + "/accounts", t.accounts())) {
      out.add(new Named(f, "a member account"));
    }
    for (ModelFields.Field f :
        ModelFields.entries(context, base + "/excludeAccounts", t.excludeAccounts())) {
      out.add(new Named(f, "an account of the member OUs"));
    }
  }

  private static void add(
      List<Named> out, RuleContext context, String pointer, String value, String role) {
    if (context.isUsable(pointer)) {
      out.add(new Named(new ModelFields.Field(pointer, value), role));
    }
  }

  /**
   * Reports {@code account} (at {@code pointer}) when it is one of the production accounts; returns
   * whether it did.
   */
  public static boolean reportIfInside(
      AirGapModel model, RuleContext context, String pointer, String account, String what) {
    if (!context.isUsable(pointer)) {
      return false;
    }
    for (Named n : of(model, context)) {
      if (n.field().value().equals(account)) {
        context.report(
            pointer,
            "'"
                + account
                + "' is "
                + n.role()
                + " ("
                + n.field().pointer()
                + "), inside the production organization "
                + model.organization().id()
                + ": "
                + what
                + " must be an account of the recovery organization",
            "name an account of the recovery organization, which the production management account"
                + " cannot reach");
        return true;
      }
    }
    return false;
  }
}
