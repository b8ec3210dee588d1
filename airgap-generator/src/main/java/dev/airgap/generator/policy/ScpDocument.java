package dev.airgap.generator.policy;

import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The service control policy that protects the central vaults, and where it is attached.
 *
 * <p>One {@code Deny} statement: the actions of {@link ProtectedActions#scpDeny()} on the central
 * vault ARN and the AWS Backup recovery-point ARNs of the central account, in every central region,
 * for every principal whose {@code aws:PrincipalArn} is {@code ArnNotLike} an exempt principal
 * (facts.md §6.3). Vault and recovery-point actions share the statement: an action simply does not
 * match a resource type it does not act on, and one statement keeps the document small.
 *
 * <p>Exempt principals ({@link #exemptPrincipalArns}): the vault admins, the StackSet execution
 * role of the central account (it must keep updating the vault policy, lock and notifications it
 * deploys, or the next deploy fails against our own deny) and {@code deploy.roleArn} if set. The
 * lock itself exempts nobody.
 *
 * <p>Limits of this layer, on purpose: SCPs never bind the management account or service-linked
 * roles (facts.md §6.1); recovery points of types whose ARN is the source service's (EBS
 * snapshots, RDS snapshots, …) are not matched by the {@code recovery-point:*} ARN, and are
 * covered inside the central account by the vault access policy ({@code Resource "*"}) and the lock.
 */
public record ScpDocument(Map<String, Object> content, List<String> targetIds) {
  /** SCP size limit in characters, measured minified (facts.md §6.1). */
  public static final int MAX_CHARACTERS = 5_120;

  /** A description for the policy (≤ 512 characters, facts.md §6.4). */
  public static final String DESCRIPTION =
      "airgap: denies destructive AWS Backup actions on the central backup vaults to everyone except"
          + " the vault admins and the deploy role.";

  /** Statement id of the deny statement. */
  public static final String SID = "DenyCentralVaultTampering";

  public ScpDocument {
    content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
    targetIds = List.copyOf(targetIds);
  }

  /** Builds the SCP content and its targets from a validated model. */
  public static ScpDocument build(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    String account = model.central().account();
    List<String> resources = new ArrayList<>();
    for (Map.Entry<String, String> vault : Arns.centralVaults(model).entrySet()) {
      resources.add(vault.getValue());
      resources.add(Arns.recoveryPoints(partition, vault.getKey(), account));
    }

    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", SID);
    statement.put("Effect", "Deny");
    statement.put("Action", ProtectedActions.scpDeny());
    statement.put("Resource", List.copyOf(resources));
    statement.put("Condition", Collections.singletonMap("ArnNotLike",
        Collections.singletonMap("aws:PrincipalArn", exemptPrincipalArns(model))));

    Map<String, Object> content = new LinkedHashMap<>();
    content.put("Version", "2012-10-17");
    content.put("Statement", List.of(Collections.unmodifiableMap(statement)));
    return new ScpDocument(content, targetIds(model));
  }

  /**
   * Principals exempt from the deny, sorted and without repeats: the central admins (exact ARNs or
   * {@code ArnLike} patterns), the central StackSet execution role ({@link
   * Arns#centralExecutionRole}) and {@code deploy.roleArn} when set. The vault access policy
   * exempts the same principals.
   */
  public static List<String> exemptPrincipalArns(AirGapModel model) {
    TreeSet<String> exempt = new TreeSet<>(model.central().admins());
    exempt.add(Arns.centralExecutionRole(model));
    model.deploy().roleArn().ifPresent(exempt::add);
    return List.copyOf(exempt);
  }

  /**
   * Where the SCP is attached: the OUs and accounts of {@code protection.scp.targets} (which
   * default to the member targets) plus, always, the central account, whose principals are the
   * ones the SCP restrains. Sorted, without repeats. Excluded accounts cannot be honoured by an
   * attachment and are ignored.
   */
  public static List<String> targetIds(AirGapModel model) {
    TreeSet<String> targets = new TreeSet<>(model.protection().scp().targets().organizationalUnits());
    targets.addAll(model.protection().scp().targets().accounts());
    targets.add(model.central().account());
    return List.copyOf(targets);
  }

  /** The content as minified JSON: the Lambda mode's {@code Content}, and what the limit measures. */
  public String minified() {
    return MinifiedJson.write(content);
  }

  /** Length of the minified content in characters. */
  public int minifiedLength() {
    return minifiedLength(content);
  }

  /** Length in characters of any policy content once minified. */
  public static int minifiedLength(Map<String, ?> content) {
    return MinifiedJson.length(content);
  }

  /** Whether the minified content is within {@link #MAX_CHARACTERS}. */
  public boolean fitsLimit() {
    return minifiedLength() <= MAX_CHARACTERS;
  }
}
