package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.generator.verify.iam.AttachedScp;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything verify reads from the templates, resolved per stack instance: SCPs with their targets,
 * backup policies, vaults with their access policy, lock and key, topics and their policies,
 * EventBridge rules, RAM shares, and the exemption patterns the deny statements name.
 */
public final class World {
  private static final ObjectMapper JSON = new ObjectMapper();

  final AirGapModel model;
  final OrgLayout org;
  final List<TemplateInstance> instances = new ArrayList<>();
  final List<AttachedScp> scps = new ArrayList<>();
  final List<BackupPolicy> backupPolicies = new ArrayList<>();
  final List<AlertRule> rules = new ArrayList<>();
  final Set<String> alertTopics = new LinkedHashSet<>();
  final Set<String> unsubscribedTopics = new LinkedHashSet<>();
  final List<Configuration> configurations = new ArrayList<>();

  /** Exemption patterns (aws:PrincipalArn values of deny conditions), resolved, in order found. */
  final Set<String> exemptions = new LinkedHashSet<>();

  /** Region → ARNs of keys that encrypt an alert topic there. */
  final Map<String, Set<String>> alertKeys = new java.util.TreeMap<>();

  /** Region → names of rules that target an alert topic there. */
  final Map<String, Set<String>> alertRuleNames = new java.util.TreeMap<>();

  final List<String> resourceShares = new ArrayList<>();

  /** The central vault's keys in the key account, one per central region (AG6080). */
  final List<KeyAccountKey> keyAccountKeys = new ArrayList<>();

  /**
   * A key of the key account that the deployer hands to the central vault of its region.
   *
   * @param region its region
   * @param account the key account
   * @param arn its (synthetic) key ARN
   * @param aliasArn the alias ARN the deployer describes
   * @param policy its key policy
   * @param file its template
   * @param logicalId its logical id
   * @param pointer its model element
   */
  record KeyAccountKey(
      String region,
      String account,
      String arn,
      String aliasArn,
      Policy policy,
      String file,
      String logicalId,
      String pointer) {}

  /**
   * Compiled event-ruler machines by pattern; a null value marks a pattern that does not compile.
   */
  final Map<String, software.amazon.event.ruler.Machine> machines = new java.util.HashMap<>();

  /** An organization backup policy. */
  record BackupPolicy(String file, String logicalId, JsonNode content, List<String> targets) {}

  /** An EventBridge rule of one stack instance. */
  record AlertRule(
      String file,
      String logicalId,
      String account,
      String region,
      String name,
      String pattern,
      boolean enabled,
      List<String> targetArns) {}

  World(
      AirGapModel model, Map<String, List<Placement.Site>> sites, Map<String, JsonNode> templates) {
    this.model = model;
    this.org = new OrgLayout(model);
    templates.forEach(
        (file, root) -> {
          for (Placement.Site s : sites.getOrDefault(file, List.of())) {
            instances.add(new TemplateInstance(file, root, s.account(), s.region(), org.partition));
          }
        });
    Set<String> scpSeen = new LinkedHashSet<>();
    for (TemplateInstance in : instances) {
      each(in, (id, r) -> collect(in, id, r, scpSeen));
    }
    for (TemplateInstance in : instances) {
      each(in, (id, r) -> collectRule(in, id, r));
    }
    for (TemplateInstance in : instances) {
      if (in.account().equals(org.centralAccount)
          && model.central().regions().contains(in.region())) {
        each(in, (id, r) -> collectVault(in, id, r));
      }
    }
    model
        .central()
        .key()
        .keyAccount()
        .filter(k -> model.central().key().kind() == dev.airgap.model.KeyKind.KEY_ACCOUNT)
        .ifPresent(
            k -> {
              for (TemplateInstance in : instances) {
                if (in.account().equals(k.account())) {
                  each(in, (id, r) -> collectKeyAccountKey(in, id, r));
                }
              }
            });
  }

  /**
   * The key behind the alias the deployer resolves for the central vault (docs/aws-facts.md §20.3):
   * the alias name is the one contract between the key unit and the central vault's parameter.
   */
  private void collectKeyAccountKey(TemplateInstance in, String id, JsonNode r) {
    if (!r.path("Type").asText().equals("AWS::KMS::Alias")) {
      return;
    }
    JsonNode props = r.path("Properties");
    String alias = Intrinsics.text(props.path("AliasName"), in);
    if (!alias.equals("alias/" + model.central().vault().name())) {
      return;
    }
    String keyId = props.path("TargetKeyId").path("Ref").asText("");
    JsonNode key = in.resources().path(keyId);
    if (!key.path("Type").asText().equals("AWS::KMS::Key")) {
      throw new IllegalStateException(
          in.file()
              + " "
              + id
              + ": the alias of the central vault's key targets no key of the template");
    }
    keyAccountKeys.add(
        new KeyAccountKey(
            in.region(),
            in.account(),
            Intrinsics.getAtt(keyId, "Arn", in),
            "arn:" + in.partition() + ":kms:" + in.region() + ":" + in.account() + ":" + alias,
            Policy.parse(
                Intrinsics.resolve(key.path("Properties").path("KeyPolicy"), in),
                in.file(),
                keyId,
                pointer(key)),
            in.file(),
            keyId,
            pointer(key)));
  }

  private interface ResourceVisitor {
    void visit(String logicalId, JsonNode resource);
  }

  private static void each(TemplateInstance in, ResourceVisitor v) {
    Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode r = e.getValue();
      if (r.has("Condition") && !Intrinsics.condition(r.get("Condition").asText(), in)) {
        continue;
      }
      v.visit(e.getKey(), r);
    }
  }

  static String pointer(JsonNode r) {
    return r.path("Metadata").path("airgap").path("modelPath").asText("");
  }

  private void collect(TemplateInstance in, String id, JsonNode r, Set<String> scpSeen) {
    String type = r.path("Type").asText();
    JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
    boolean nativePolicy = type.equals("AWS::Organizations::Policy");
    // A custom resource carrying PolicyContent and TargetIds is the Lambda-managed SCP.
    boolean customScp = !nativePolicy && props.has("PolicyContent") && props.has("TargetIds");
    if ((nativePolicy || customScp) && in.account().equals(org.managementAccount)) {
      String kind = nativePolicy ? props.path("Type").asText() : "SERVICE_CONTROL_POLICY";
      JsonNode content = nativePolicy ? props.path("Content") : props.path("PolicyContent");
      if (content.isTextual()) {
        content = parseJson(content.asText());
      }
      List<String> targets = Policy.strings(props.path("TargetIds"));
      if (kind.equals("SERVICE_CONTROL_POLICY") && scpSeen.add(in.file() + "/" + id)) {
        Policy p = Policy.parse(content, in.file(), id, pointer(r));
        scps.add(new AttachedScp(p, targets));
        exemptionsOf(p);
      } else if (kind.equals("BACKUP_POLICY") && scpSeen.add(in.file() + "/" + id)) {
        backupPolicies.add(new BackupPolicy(in.file(), id, content, targets));
      }
    }
    if (type.equals("AWS::SNS::Topic")) {
      // Only topics someone is subscribed to alert anyone.
      boolean subscribed = false;
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        JsonNode o = it.next().getValue();
        subscribed |=
            o.path("Type").asText().equals("AWS::SNS::Subscription")
                && Intrinsics.text(o.path("Properties").path("TopicArn"), in)
                    .equals(Intrinsics.getAtt(id, "TopicArn", in));
      }
      // An unsubscribed topic still alerts whoever subscribes outside airgap (a SIEM, a pager);
      // the model warns about it (NoAlertEmail) and Verifier lists it as an assumption.
      if (!subscribed) {
        unsubscribedTopics.add(Intrinsics.getAtt(id, "TopicArn", in));
      }
      {
        alertTopics.add(Intrinsics.getAtt(id, "TopicArn", in));
        String key = props.path("KmsMasterKeyId").asText("");
        if (isSilencingTarget(key, id)) {
          alertKeys.computeIfAbsent(in.region(), k -> new LinkedHashSet<>()).add(key);
        }
      }
    }
    if (type.equals("AWS::RAM::ResourceShare")) {
      resourceShares.add(Intrinsics.getAtt(id, "Arn", in));
    }
    if (type.equals("AWS::KMS::Key") || type.equals("AWS::SNS::TopicPolicy")) {
      JsonNode doc =
          type.equals("AWS::KMS::Key") ? props.path("KeyPolicy") : props.path("PolicyDocument");
      exemptionsOf(Policy.parse(doc, in.file(), id, pointer(r)));
    }
    if (props.has("AccessPolicy")) {
      exemptionsOf(Policy.parse(props.path("AccessPolicy"), in.file(), id, pointer(r)));
    }
  }

  /**
   * Whether an attacker could silence the alert topic by disabling or deleting its key: a customer
   * managed key (an ARN) could be; an AWS managed key ({@code alias/aws/...}) cannot, nobody can
   * disable or delete it (docs/aws-facts.md §5.4). Any other value names a key verify cannot place,
   * which it must not prove either way.
   */
  private static boolean isSilencingTarget(String kmsMasterKeyId, String topicId) {
    if (kmsMasterKeyId.isEmpty() || kmsMasterKeyId.startsWith("alias/aws/")) {
      return false;
    }
    if (kmsMasterKeyId.startsWith("arn:") && kmsMasterKeyId.split(":", -1).length >= 6) {
      return true;
    }
    throw new IllegalStateException(
        "alert topic "
            + topicId
            + " is encrypted with '"
            + kmsMasterKeyId
            + "', neither a key ARN nor an AWS managed key: verify cannot tell who can disable it");
  }

  private void collectRule(TemplateInstance in, String id, JsonNode r) {
    if (!r.path("Type").asText().equals("AWS::Events::Rule")) {
      return;
    }
    JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
    List<String> targets = new ArrayList<>();
    props.path("Targets").forEach(t -> targets.add(t.path("Arn").asText()));
    // CloudFormation creates a rule ENABLED unless State says otherwise; the state that also
    // matches read-only management events matches every other event too (docs/aws-facts.md §15.3).
    String state = props.path("State").asText("ENABLED");
    boolean enabled =
        state.equals("ENABLED") || state.equals("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");
    String name = props.path("Name").asText(id);
    rules.add(
        new AlertRule(
            in.file(),
            id,
            in.account(),
            in.region(),
            name,
            props.path("EventPattern").toString(),
            enabled,
            targets));
    if (targets.stream().anyMatch(alertTopics::contains)) {
      alertRuleNames.computeIfAbsent(in.region(), k -> new LinkedHashSet<>()).add(name);
    }
  }

  private void collectVault(TemplateInstance in, String id, JsonNode r) {
    String type = r.path("Type").asText();
    boolean lag = type.equals("AWS::Backup::LogicallyAirGappedBackupVault");
    if (!lag && !type.equals("AWS::Backup::BackupVault")) {
      return;
    }
    JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
    Policy access =
        props.has("AccessPolicy")
            ? Policy.parse(props.path("AccessPolicy"), in.file(), id, pointer(r))
            : null;
    Configuration.Lock lock;
    if (lag) {
      // A logically air-gapped vault is always compliance-locked by AWS Backup.
      lock =
          new Configuration.Lock(
              Configuration.Lock.Mode.COMPLIANCE, props.path("MinRetentionDays").asInt(), -1);
    } else if (props.has("LockConfiguration")) {
      JsonNode lc = props.path("LockConfiguration");
      lock =
          new Configuration.Lock(
              lc.has("ChangeableForDays")
                  ? Configuration.Lock.Mode.COMPLIANCE
                  : Configuration.Lock.Mode.GOVERNANCE,
              lc.path("MinRetentionDays").asInt(),
              lc.path("ChangeableForDays").asInt(-1));
    } else {
      lock = new Configuration.Lock(Configuration.Lock.Mode.NONE, 0, -1);
    }
    String keyArn = props.path("EncryptionKeyArn").asText("");
    if (in.root().path("Parameters").has(keyArn)) {
      // A key of another account, handed over as a parameter: proven on its own (AG6080), in the
      // account that owns it, not as a key of the central account.
      keyArn = "";
    }
    Policy keyPolicy = null;
    String keyId = "";
    if (!keyArn.isEmpty()) {
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().path("Type").asText().equals("AWS::KMS::Key")
            && Intrinsics.getAtt(e.getKey(), "Arn", in).equals(keyArn)) {
          keyId = e.getKey();
          keyPolicy =
              Policy.parse(
                  Intrinsics.resolve(e.getValue().path("Properties").path("KeyPolicy"), in),
                  in.file(),
                  e.getKey(),
                  pointer(e.getValue()));
        }
      }
    }
    configurations.add(
        new Configuration(
            in.region(),
            Intrinsics.getAtt(id, "Arn", in),
            in.file(),
            id,
            pointer(r),
            access,
            lock,
            keyArn.isEmpty() ? null : keyArn,
            keyPolicy,
            keyId));
  }

  private void exemptionsOf(Policy p) {
    p.statements()
        .forEach(
            s ->
                s.conditions()
                    .forEach(
                        c -> {
                          if (c.key().equalsIgnoreCase("aws:PrincipalArn")
                              && c.negated()
                              && !s.allow()) {
                            exemptions.addAll(c.values());
                          }
                        }));
  }

  private static JsonNode parseJson(String s) {
    try {
      return JSON.readTree(s);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("policy content is not JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The vault-admin ARNs of the model (patterns) and the break-glass roles it generates, as they
   * appear in the templates: the principal class the units write, from its one definition.
   */
  List<String> admins() {
    return dev.airgap.generator.resolve.ResolvedModel.of(model).principals().vaultAdmins();
  }
}
