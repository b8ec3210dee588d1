package dev.airgap.generator.policy;

import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.BackupTarget;
import dev.airgap.model.CopyToCentral;
import dev.airgap.model.Selection;
import dev.airgap.model.io.Pointers;
import dev.airgap.model.validate.rules.PolicyPlanNameLength;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The organization backup policies ({@code BACKUP_POLICY}, {@code @@assign} syntax) that run the
 * model's plans in every member account (docs/aws-facts.md §4.5; AWS Organizations User Guide,
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_backup_syntax.html).
 *
 * <p>Shape of one plan, named {@code <plan>-<region>}:
 *
 * <ul>
 *   <li>one plan per member region and model plan: the policy language has {@code $account} but no
 *       {@code $region} for copy targets, and each region copies to its own central vault
 *       (docs/aws-facts.md §4.5; nationalarchives/terraform-aws-immutable-aws-backup#58);
 *   <li>one rule named after the model plan: schedule, start and completion windows, the member
 *       vault as target, the local lifecycle, and a copy action keyed by the exact central vault
 *       ARN of the same region whose {@code target_backup_vault_arn} repeats the key (if it is
 *       missing, AWS uses a lower-cased copy of the key and the copy fails), with the copy's
 *       lifecycle;
 *   <li>selections in the {@code resources} block, which the user guide recommends when a selection
 *       combines resource types and tag conditions ("Backup syntax: selections", Examples 6 and 7):
 *       {@code resource_types} from the plan and a {@code string_not_equals} condition on {@code
 *       aws:ResourceTag/<opt-out key>}. Conditions inside a selection are ANDed and selections are
 *       ORed, so opt-in tags become one selection each, with a {@code string_equals} condition next
 *       to the opt-out one;
 *   <li>{@code iam_role_arn} is {@code
 *       arn:<partition>:iam::$account:role/<members.backupRoleName>}, the role the member baseline
 *       creates.
 * </ul>
 *
 * <p>Leaf values are strings, numbers included, as in the AWS examples. A document may hold at most
 * {@value #MAX_CHARACTERS} characters (docs/aws-facts.md §4.6); when all plans do not fit in one,
 * whole regions are packed into as few documents as fit, and a region that does not fit alone is
 * split by plan. A single plan-region that does not fit, and more documents than a target can hold,
 * come back as a {@link Problem} for the caller to report (AG5007). What the model alone decides
 * (plan names, their case, the time zone, a central vault per member region) are model rules
 * (AG4006, AG4017, AG4018, AG4016, AG1015) that refuse the model before anything is built.
 */
public final class BackupPolicyDocument {
  /** Backup policy size limit in characters, measured minified (docs/aws-facts.md §4.6). */
  public static final int MAX_CHARACTERS = 10_000;

  /** Backup policies attachable directly to one root, OU or account (docs/aws-facts.md §4.6). */
  public static final int MAX_POLICIES_PER_TARGET = 10;

  /** Backup plan and rule names: 1–50 of {@code [A-Za-z0-9_.-]} (docs/aws-facts.md §1.2). */
  public static final int MAX_PLAN_NAME_LENGTH = PolicyPlanNameLength.MAX_PLAN_NAME_LENGTH;

  private BackupPolicyDocument() {}

  /**
   * One backup policy document.
   *
   * @param index 1-based position, stable for an unchanged model (useful in names and logical ids)
   * @param regions member regions whose plans this document holds, sorted
   * @param planKeys the keys under {@code plans} ({@code <plan>-<region>}), in document order
   * @param content the document, {@code {"plans": {...}}}
   * @param minifiedLength its length in characters, minified
   */
  public record Policy(
      int index,
      List<String> regions,
      List<String> planKeys,
      Map<String, Object> content,
      int minifiedLength) {
    public Policy {
      regions = List.copyOf(regions);
      planKeys = List.copyOf(planKeys);
      content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }

    /** The document as minified JSON. */
    public String minified() {
      return MinifiedJson.write(content);
    }
  }

  /** What went wrong, for the caller to turn into a finding. */
  public enum Kind {
    /** One plan in one region is larger than {@link #MAX_CHARACTERS} on its own; it is left out. */
    PLAN_TOO_LARGE,
    /** More documents than {@link #MAX_POLICIES_PER_TARGET} would be attached to each target. */
    TOO_MANY_POLICIES
  }

  /**
   * A problem found while building.
   *
   * @param kind what kind
   * @param plan the model plan name, empty when the problem is not about one plan
   * @param region the member region, empty when not about one region
   * @param message the problem in the user's terms, with the values
   */
  public record Problem(Kind kind, String plan, String region, String message) {
    /** JSON pointer into the model of the element at fault. */
    public String pointer() {
      if (plan.isEmpty()) {
        return "/plans";
      }
      return Pointers.child("/plans", plan);
    }
  }

  /** The documents and the problems; documents are in a stable order. */
  public record Result(List<Policy> policies, List<Problem> problems) {
    public Result {
      policies = List.copyOf(policies);
      problems = List.copyOf(problems);
    }
  }

  /** Builds the documents with the AWS limit of {@value #MAX_CHARACTERS} characters. */
  public static Result build(AirGapModel model) {
    return build(model, MAX_CHARACTERS);
  }

  /** Builds the documents with a given size limit (tests use small limits to force splitting). */
  public static Result build(AirGapModel model, int maxCharacters) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> centralVaults = ResolvedModel.of(model).centralVaultArns();
    String roleArn =
        Arns.role(
            model.organization().partition().yamlName(),
            "$account",
            model.members().backupRoleName());

    // Units in document order: regions sorted, plans sorted (the model's plan map is a TreeMap).
    Map<String, List<Unit>> byRegion = new TreeMap<>();
    for (String region : new TreeSet<>(model.members().regions())) {
      List<Unit> units = new ArrayList<>();
      for (BackupPlan plan : model.plans().values()) {
        String key = plan.policyPlanName(region);
        // A member region without a central vault gets no copy action; the model rule AG1015
        // refuses such a model before anything is built.
        String centralVault = centralVaults.get(region);
        units.add(
            new Unit(region, plan.name(), key, plan(model, plan, region, centralVault, roleArn)));
      }
      byRegion.put(region, units);
    }

    List<List<Unit>> documents = pack(byRegion, maxCharacters, problems);
    List<Policy> policies = new ArrayList<>();
    for (List<Unit> units : documents) {
      Map<String, Object> content = document(units);
      policies.add(
          new Policy(
              policies.size() + 1,
              List.copyOf(new TreeSet<>(units.stream().map(Unit::region).toList())),
              units.stream().map(Unit::key).toList(),
              content,
              MinifiedJson.length(content)));
    }
    if (policies.size() > MAX_POLICIES_PER_TARGET) {
      problems.add(
          new Problem(
              Kind.TOO_MANY_POLICIES,
              "",
              "",
              policies.size()
                  + " backup policies are needed to stay within "
                  + maxCharacters
                  + " characters each, but at most "
                  + MAX_POLICIES_PER_TARGET
                  + " can be attached to one target; use fewer plans or member regions"));
    }
    return new Result(policies, problems);
  }

  private record Unit(String region, String plan, String key, Map<String, Object> content) {}

  /** Whole regions first, as few documents as fit; a region too large alone is split by plan. */
  private static List<List<Unit>> pack(
      Map<String, List<Unit>> byRegion, int max, List<Problem> problems) {
    List<List<Unit>> documents = new ArrayList<>();
    List<Unit> current = new ArrayList<>();
    for (List<Unit> region : byRegion.values()) {
      if (region.isEmpty()) {
        continue;
      }
      if (fits(current, region, max)) {
        current.addAll(region);
        continue;
      }
      if (!current.isEmpty()) {
        documents.add(current);
        current = new ArrayList<>();
      }
      if (fits(current, region, max)) {
        current.addAll(region);
        continue;
      }
      for (Unit unit : region) {
        if (!fits(List.of(), List.of(unit), max)) {
          problems.add(
              new Problem(
                  Kind.PLAN_TOO_LARGE,
                  unit.plan(),
                  unit.region(),
                  "backup plan '"
                      + unit.key()
                      + "' is "
                      + MinifiedJson.length(document(List.of(unit)))
                      + " characters as a policy on its own; the limit is "
                      + max
                      + "; it is left out"));
          continue;
        }
        if (!fits(current, List.of(unit), max)) {
          documents.add(current);
          current = new ArrayList<>();
        }
        current.add(unit);
      }
    }
    if (!current.isEmpty()) {
      documents.add(current);
    }
    return documents;
  }

  private static boolean fits(List<Unit> current, List<Unit> more, int max) {
    List<Unit> all = new ArrayList<>(current);
    all.addAll(more);
    return MinifiedJson.length(document(all)) <= max;
  }

  private static Map<String, Object> document(List<Unit> units) {
    Map<String, Object> plans = new LinkedHashMap<>();
    for (Unit unit : units) {
      plans.put(unit.key(), unit.content());
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("plans", plans);
    return document;
  }

  private static Map<String, Object> plan(
      AirGapModel model, BackupPlan plan, String region, String centralVault, String roleArn) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("schedule_expression", assign(plan.schedule()));
    rule.put("start_backup_window_minutes", assign(Integer.toString(plan.startWindowMinutes())));
    rule.put(
        "complete_backup_window_minutes", assign(Integer.toString(plan.completionWindowMinutes())));
    rule.put("target_backup_vault_name", assign(model.members().vault().name()));
    if (plan.backupTarget() == BackupTarget.LOGICALLY_AIR_GAPPED_VAULT
        && model.members().airGappedVault().isPresent()) {
      // The vault of the resource's own account and region, which AWS requires to be written with
      // $region and $account (docs/aws-facts.md §4.7, §20). The member vault stays the target of
      // the temporary snapshots AWS Backup takes of types it cannot write there directly.
      rule.put(
          "target_logically_air_gapped_backup_vault_arn",
          assign(
              model
                  .members()
                  .airGappedVault()
                  .get()
                  .policyArn(model.organization().partition().yamlName())));
    }
    rule.put("lifecycle", lifecycle(plan.coldStorageAfterDays(), plan.localRetentionDays()));
    if (plan.copyToCentral().isPresent() && centralVault != null) {
      CopyToCentral copy = plan.copyToCentral().get();
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("target_backup_vault_arn", assign(centralVault));
      action.put("lifecycle", lifecycle(copy.coldStorageAfterDays(), copy.retentionDays()));
      rule.put("copy_actions", Collections.singletonMap(centralVault, action));
    }
    PlanFeatures.rule(plan, rule);

    Map<String, Object> content = new LinkedHashMap<>();
    // A child policy attached lower in the organization could otherwise re-assign the schedule,
    // the lifecycle or the copy to the central vault; @@none locks the whole plan as written here
    // (docs/aws-facts.md §13.8). Children may still add plans of their own.
    content.put("@@operators_allowed_for_child_policies", List.of("@@none"));
    content.put("regions", assign(List.of(region)));
    content.put("rules", Collections.singletonMap(plan.name(), rule));
    content.put(
        "selections", Collections.singletonMap("resources", selections(plan.selection(), roleArn)));
    PlanFeatures.plan(model, plan, content);
    return content;
  }

  private static Map<String, Object> selections(Selection selection, String roleArn) {
    List<String> resourceTypes = List.copyOf(new TreeSet<>(selection.resourceTypes()));
    Map<String, Object> optOut =
        Collections.singletonMap(
            "opt-out",
            condition(
                "aws:ResourceTag/" + selection.optOutTag().key(), selection.optOutTag().value()));
    Map<String, Object> selections = new LinkedHashMap<>();
    if (selection.optInTags().isEmpty()) {
      selections.put(
          "all",
          resourceSelection(
              roleArn, resourceTypes, Collections.singletonMap("string_not_equals", optOut)));
      return selections;
    }
    int n = 0;
    for (Map.Entry<String, String> tag : selection.optInTags().entrySet()) {
      Map<String, Object> conditions = new LinkedHashMap<>();
      conditions.put(
          "string_equals",
          Collections.singletonMap(
              "opt-in", condition("aws:ResourceTag/" + tag.getKey(), tag.getValue())));
      conditions.put("string_not_equals", optOut);
      selections.put("opt-in-" + (++n), resourceSelection(roleArn, resourceTypes, conditions));
    }
    return selections;
  }

  private static Map<String, Object> resourceSelection(
      String roleArn, List<String> resourceTypes, Map<String, Object> conditions) {
    Map<String, Object> selection = new LinkedHashMap<>();
    selection.put("iam_role_arn", assign(roleArn));
    selection.put("resource_types", assign(resourceTypes));
    selection.put("conditions", conditions);
    return selection;
  }

  private static Map<String, Object> condition(String key, String value) {
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("condition_key", assign(key));
    condition.put("condition_value", assign(value));
    return condition;
  }

  private static Map<String, Object> lifecycle(
      OptionalInt coldStorageAfterDays, int deleteAfterDays) {
    Map<String, Object> lifecycle = new LinkedHashMap<>();
    coldStorageAfterDays.ifPresent(
        days -> lifecycle.put("move_to_cold_storage_after_days", assign(Integer.toString(days))));
    lifecycle.put("delete_after_days", assign(Integer.toString(deleteAfterDays)));
    return lifecycle;
  }

  private static Map<String, Object> assign(Object value) {
    return Collections.singletonMap("@@assign", value);
  }
}
