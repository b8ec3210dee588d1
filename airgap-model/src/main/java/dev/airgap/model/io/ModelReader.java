package dev.airgap.model.io;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Central;
import dev.airgap.model.CentralVault;
import dev.airgap.model.Cfct;
import dev.airgap.model.DeployFrom;
import dev.airgap.model.DeploySettings;
import dev.airgap.model.Evidence;
import dev.airgap.model.KeyAccount;
import dev.airgap.model.KeyKind;
import dev.airgap.model.KeySettings;
import dev.airgap.model.LockMode;
import dev.airgap.model.MemberAirGappedVault;
import dev.airgap.model.MemberVault;
import dev.airgap.model.Members;
import dev.airgap.model.Organization;
import dev.airgap.model.Partition;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.Protection;
import dev.airgap.model.RegionConcurrency;
import dev.airgap.model.ScpMode;
import dev.airgap.model.Targets;
import dev.airgap.model.VaultKind;
import dev.airgap.model.VaultLock;
import dev.airgap.model.io.NodeBinder.MapView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads airgap.yaml strictly: every unknown key, duplicate key, wrong type and missing required
 * value is a finding with its location; nothing throws. Defaults are applied here and documented in
 * docs/model.md.
 */
public final class ModelReader {
  private ModelReader() {}

  /** Default opt-out tag, schedule and windows; see docs/model.md. */
  public static final String DEFAULT_SCHEDULE = "cron(0 5 ? * * *)";

  public static final int DEFAULT_START_WINDOW_MINUTES = 60;
  public static final int DEFAULT_COMPLETION_WINDOW_MINUTES = 10_080;
  public static final String DEFAULT_MEMBER_VAULT = "airgap-local";
  public static final String DEFAULT_BACKUP_ROLE = "airgap-backup";
  public static final String DEFAULT_PREFIX = "airgap";

  /** Reads a file; an unreadable file is a finding too. */
  public static ReadResult read(Path path) {
    String name = path.getFileName() == null ? path.toString() : path.toString();
    try {
      return read(name, Files.readAllBytes(path));
    } catch (IOException e) {
      return ReadResult.unreadable(
          name, "cannot read the file: " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
  }

  /** Reads YAML bytes; {@code file} is how findings name the file. */
  public static ReadResult read(String file, byte[] content) {
    YamlTreeReader.Result tree = YamlTreeReader.read(file, content);
    NodeBinder binder = new NodeBinder(tree.sourceMap());
    binder.findings.addAll(tree.findings());
    // A node the tree reader already reported (an alias) must not be reported again as missing.
    tree.findings().stream()
        .filter(f -> !f.pointer().isEmpty())
        .forEach(f -> binder.unusable.add(f.pointer()));
    if (tree.root().isEmpty()) {
      return new ReadResult(
          Optional.empty(), tree.sourceMap(), binder.findings, binder.unusable, binder.written);
    }
    if (tree.root().get() instanceof SourceNode.ScalarNode scalar
        && scalar.kind() == SourceNode.ScalarKind.NULL) {
      binder.report(
          ParseProblem.EMPTY_DOCUMENT,
          "",
          "the document is empty",
          "start from examples/basic/airgap.yaml");
      return new ReadResult(
          Optional.empty(), tree.sourceMap(), binder.findings, binder.unusable, binder.written);
    }
    AirGapModel model = bindModel(binder, tree.root().get());
    return new ReadResult(
        Optional.of(model), tree.sourceMap(), binder.findings, binder.unusable, binder.written);
  }

  private static AirGapModel bindModel(NodeBinder binder, SourceNode rootNode) {
    MapView root =
        binder.view(
            rootNode,
            "",
            "organization",
            "central",
            "members",
            "plans",
            "protection",
            "deploy",
            "evidence",
            "recoveryOrganization");
    Members members =
        members(
            root.map(
                "members",
                true,
                "targets",
                "regions",
                "vault",
                "key",
                "backupRoleName",
                "airGappedVault"));
    return new AirGapModel(
        organization(
            root.map(
                "organization",
                true,
                "id",
                "managementAccount",
                "partition",
                "deployFrom",
                "delegatedAdminAccount")),
        central(
            binder,
            root.map(
                "central",
                true,
                "account",
                "organizationalUnit",
                "regions",
                "vault",
                "admins",
                "key",
                "alerts",
                "recoveryAccounts",
                "multiPartyApproval",
                "breakGlass",
                "restoreTesting")),
        members,
        PlanReader.plans(binder, root),
        protection(root.map("protection", false, "scp"), members.targets()),
        deploy(
            root.map(
                "deploy",
                false,
                "stackSetNamePrefix",
                "centralPermissionModel",
                "roleArn",
                "operationPreferences",
                "cfct")),
        evidence(root),
        RecoveryOrganizationReader.read(root));
  }

  private static Optional<Evidence> evidence(MapView root) {
    if (!root.has("evidence")) {
      return Optional.empty();
    }
    MapView m = root.map("evidence", false, "frameworks", "reports");
    Optional<Evidence.Reports> reports = Optional.empty();
    if (m.has("reports")) {
      MapView r =
          m.map("reports", false, "fromAccount", "bucketAccount", "bucketOrganizationalUnit");
      reports =
          Optional.of(
              new Evidence.Reports(
                  r.enumValue("fromAccount", DeployFrom.class, DeployFrom.MANAGEMENT),
                  r.optionalId("bucketAccount"),
                  r.optionalId("bucketOrganizationalUnit")));
    }
    return Optional.of(new Evidence(m.bool("frameworks", false), reports));
  }

  private static Organization organization(MapView m) {
    return new Organization(
        m.requiredId("id"),
        m.requiredId("managementAccount"),
        m.enumValue("partition", Partition.class, Partition.AWS),
        m.enumValue("deployFrom", DeployFrom.class, DeployFrom.MANAGEMENT),
        m.optionalId("delegatedAdminAccount"));
  }

  private static Central central(NodeBinder binder, MapView m) {
    MapView vault = m.map("vault", true, "name", "kind", "lock");
    VaultKind kind = vault.enumValue("kind", VaultKind.class, VaultKind.STANDARD);
    return new Central(
        m.requiredId("account"),
        m.optionalId("organizationalUnit"),
        m.strings("regions", true, false),
        new CentralVault(
            vault.requiredString("name"), kind, lock(vault.map("lock", true, LOCK_KEYS))),
        m.strings("admins", false, false),
        // A logically air-gapped vault defaults to the AWS-owned key, which no customer can disable
        // or
        // delete (docs/aws-facts.md §13.7); a standard vault needs a customer managed key.
        centralKey(
            m.map("key", false, CENTRAL_KEY_KEYS),
            kind == VaultKind.LOGICALLY_AIR_GAPPED ? KeyKind.AWS_OWNED : KeyKind.MANAGED),
        CentralOptions.alerts(m.map("alerts", false, "email", "jobNotifications")),
        m.strings("recoveryAccounts", false, true),
        CentralOptions.multiPartyApproval(m),
        CentralOptions.breakGlass(m),
        CentralOptions.restoreTesting(binder, m));
  }

  private static final String[] LOCK_KEYS = {
    "mode", "minRetentionDays", "maxRetentionDays", "changeableForDays"
  };
  private static final String[] KEY_KEYS = {
    "kind", "arn", "pendingWindowDays", "rotationPeriodDays"
  };

  /** The central key may also live in a key account of its own (docs/aws-facts.md §20.3). */
  private static final String[] CENTRAL_KEY_KEYS = {
    "kind",
    "arn",
    "pendingWindowDays",
    "rotationPeriodDays",
    "account",
    "organizationalUnit",
    "admins"
  };

  private static final String[] TARGET_KEYS = {
    "organizationalUnits", "accounts", "excludeAccounts"
  };

  private static VaultLock lock(MapView m) {
    return new VaultLock(
        m.enumValue("mode", LockMode.class, true).orElse(LockMode.GOVERNANCE),
        m.integer("minRetentionDays", true).orElse(1),
        m.integer("maxRetentionDays", false),
        m.integer("changeableForDays", false));
  }

  private static KeySettings key(MapView m) {
    return key(m, KeySettings.defaults().kind());
  }

  private static KeySettings key(MapView m, KeyKind defaultKind) {
    KeySettings defaults = KeySettings.defaults();
    return new KeySettings(
        m.enumValue("kind", KeyKind.class, defaultKind),
        m.string("arn", false, false),
        m.integer("pendingWindowDays", defaults.pendingWindowDays()),
        m.integer("rotationPeriodDays", defaults.rotationPeriodDays()),
        Optional.empty());
  }

  /**
   * The key account is read whenever any of its keys is given, whatever the kind, so that AG2202
   * can point at keys that a kind other than key-account would ignore.
   */
  private static KeySettings centralKey(MapView m, KeyKind defaultKind) {
    KeySettings k = key(m, defaultKind);
    Optional<KeyAccount> keyAccount = Optional.empty();
    if (m.has("account") || m.has("organizationalUnit") || m.has("admins")) {
      keyAccount =
          Optional.of(
              new KeyAccount(
                  m.optionalId("account").orElse(""),
                  m.optionalId("organizationalUnit"),
                  m.strings("admins", false, false)));
    }
    return new KeySettings(
        k.kind(), k.arn(), k.pendingWindowDays(), k.rotationPeriodDays(), keyAccount);
  }

  private static Targets targets(MapView m) {
    return new Targets(
        m.strings("organizationalUnits", false, false),
        m.strings("accounts", false, true),
        m.strings("excludeAccounts", false, true));
  }

  private static Members members(MapView m) {
    MapView vault = m.map("vault", false, "name", "lock");
    Optional<VaultLock> lock =
        vault.has("lock")
            ? Optional.of(lock(vault.map("lock", false, LOCK_KEYS)))
            : Optional.empty();
    return new Members(
        targets(m.map("targets", true, TARGET_KEYS)),
        m.strings("regions", true, false),
        new MemberVault(vault.string("name", DEFAULT_MEMBER_VAULT), lock),
        key(m.map("key", false, KEY_KEYS)),
        m.string("backupRoleName", DEFAULT_BACKUP_ROLE),
        memberAirGappedVault(m));
  }

  private static Optional<MemberAirGappedVault> memberAirGappedVault(MapView members) {
    if (!members.has("airGappedVault")) {
      return Optional.empty();
    }
    MapView v =
        members.map("airGappedVault", false, "name", "minRetentionDays", "maxRetentionDays");
    return Optional.of(
        new MemberAirGappedVault(
            v.string("name", MemberAirGappedVault.DEFAULT_NAME),
            v.integer("minRetentionDays", true).orElse(7),
            v.integer("maxRetentionDays", true).orElse(36_500)));
  }

  private static Protection protection(MapView m, Targets memberTargets) {
    MapView scp = m.map("scp", false, "mode", "targets");
    Targets targets =
        scp.has("targets") ? targets(scp.map("targets", false, TARGET_KEYS)) : memberTargets;
    return new Protection(
        new Protection.Scp(scp.enumValue("mode", ScpMode.class, ScpMode.NATIVE), targets));
  }

  private static DeploySettings deploy(MapView m) {
    MapView prefs =
        m.map(
            "operationPreferences",
            false,
            "maxConcurrentPercentage",
            "failureTolerancePercentage",
            "regionConcurrency");
    return new DeploySettings(
        m.string("stackSetNamePrefix", DEFAULT_PREFIX),
        m.enumValue(
            "centralPermissionModel", PermissionModel.class, PermissionModel.SERVICE_MANAGED),
        m.string("roleArn", false, false),
        new DeploySettings.OperationPreferences(
            prefs.integer("maxConcurrentPercentage", 25),
            prefs.integer("failureTolerancePercentage", 0),
            prefs.enumValue(
                "regionConcurrency", RegionConcurrency.class, RegionConcurrency.PARALLEL)),
        cfct(m));
  }

  private static Optional<Cfct> cfct(MapView deploy) {
    if (!deploy.has("cfct")) {
      return Optional.empty();
    }
    MapView m = deploy.map("cfct", false, "homeRegion", "organizationalUnitPaths");
    return Optional.of(
        new Cfct(m.requiredString("homeRegion"), m.stringMap("organizationalUnitPaths")));
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
