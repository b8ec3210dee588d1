package dev.airgap.generator.resolve;

import dev.airgap.generator.policy.Arns;
import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.Targets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A validated model resolved into the facts more than one unit, check or verify rule needs. Built
 * once per compile: {@link #of} keeps the facts of the last model it was given (by identity), so
 * the generator, the template checks and the verifier of one compile share one instance without
 * every entry point taking a new parameter. The organization backup policy documents are built on
 * first use, once.
 */
public final class ResolvedModel {
  private static ResolvedModel last;

  private final AirGapModel model;
  private final PrincipalClasses principals;
  private final Map<String, String> centralVaultArns;
  private final List<String> centralRegions;
  private final List<String> memberRegions;
  private final List<String> memberTargetIds;
  private BackupPolicyDocument.Result backupPolicies;

  private ResolvedModel(AirGapModel model) {
    this.model = model;
    this.principals = PrincipalClasses.of(model);
    this.centralVaultArns = Arns.centralVaults(model);
    this.centralRegions = sorted(model.central().regions());
    this.memberRegions = sorted(model.members().regions());
    this.memberTargetIds = targetIds(model.members().targets());
  }

  /** The facts of {@code model}, derived on the first call for this model instance. */
  public static synchronized ResolvedModel of(AirGapModel model) {
    if (last == null || last.model != model) {
      last = new ResolvedModel(model);
    }
    return last;
  }

  public AirGapModel model() {
    return model;
  }

  public PrincipalClasses principals() {
    return principals;
  }

  /** The central vault ARN of each central region, regions sorted. */
  public Map<String, String> centralVaultArns() {
    return centralVaultArns;
  }

  /** Central regions, sorted, without repeats. */
  public List<String> centralRegions() {
    return centralRegions;
  }

  /** Member regions, sorted, without repeats. */
  public List<String> memberRegions() {
    return memberRegions;
  }

  /**
   * Where the member stack set and the backup policies reach: the OUs and accounts of {@code
   * members.targets}, sorted, without repeats (excluded accounts cannot be honoured by an
   * attachment, docs/aws-facts.md §4.9).
   */
  public List<String> memberTargetIds() {
    return memberTargetIds;
  }

  /** The organization backup policy documents and their problems, built once. */
  public synchronized BackupPolicyDocument.Result backupPolicies() {
    if (backupPolicies == null) {
      backupPolicies = BackupPolicyDocument.build(model);
    }
    return backupPolicies;
  }

  /** OU and account ids of {@code targets}, sorted, without repeats. */
  public static List<String> targetIds(Targets targets) {
    TreeSet<String> ids = new TreeSet<>(targets.organizationalUnits());
    ids.addAll(targets.accounts());
    return List.copyOf(ids);
  }

  private static List<String> sorted(List<String> values) {
    return List.copyOf(new TreeSet<>(values));
  }
}
