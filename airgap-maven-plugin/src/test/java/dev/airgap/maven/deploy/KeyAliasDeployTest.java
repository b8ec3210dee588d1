package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.UnitId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The central vault of a key-account model takes each region's key ARN from the key account's
 * alias, read after the key unit deployed (docs/aws-facts.md §20.3). moto keeps KMS per account, so
 * the cross-account DescribeKey runs against the in-memory fake.
 */
@DisplayName("Deploy resolves the key account's alias per region for the central vault")
class KeyAliasDeployTest {
  private static final String CENTRAL_OU = "ou-ab12-central1";
  private static final String KEY_OU = "ou-ab12-keys0001";
  private static final String CENTRAL = "222222222222";
  private static final String KEY_ACCOUNT = "333333333333";
  private static final String ALIAS =
      "arn:aws:kms:" + DeploymentUnit.REGION_PLACEHOLDER + ":" + KEY_ACCOUNT + ":alias/central";
  private static final String KEY_TEMPLATE = "Resources:\n  Key:\n    Type: AWS::KMS::Key\n";
  private static final String VAULT_TEMPLATE =
      "Parameters:\n  CentralVaultKeyArn:\n    Type: String\n"
          + "Resources:\n  Vault:\n    Type: AWS::Backup::BackupVault\n";
  private static final String EU = "eu-west-1";
  private static final String US = "us-east-1";
  private static final String EU_KEY = "arn:aws:kms:eu-west-1:333333333333:key/1111aaaa";
  private static final String US_KEY = "arn:aws:kms:us-east-1:333333333333:key/2222bbbb";

  private final FakeCloud cloud = new FakeCloud();
  private final FakeTime time = new FakeTime();
  private final List<DeployEvent> events = new CopyOnWriteArrayList<>();

  private Deployer deployer() {
    OperationPoller poller =
        new OperationPoller(cloud, time, time, OperationPoller.Settings.standard());
    return new Deployer(
        cloud,
        cloud,
        cloud,
        poller,
        time,
        new Deployer.Settings(Set.of(), 4, 6, 5, Duration.ofSeconds(2)),
        events::add);
  }

  private static DeploymentUnit.Builder oneAccount(String id, String ou, String account) {
    return DeploymentUnit.builder(UnitId.of(id), UnitKind.STACK_SET, "airgap-" + id)
        .permissionModel(PermissionModel.SERVICE_MANAGED)
        .targets(new UnitTargets(List.of(ou), List.of(account), AccountFilterType.INTERSECTION))
        .regions(List.of(US, EU))
        .templateFile(id + ".yaml");
  }

  private DeployInput input() {
    cloud.ous.put(CENTRAL_OU, List.of(new Organization.Account(CENTRAL, "central", "ACTIVE")));
    cloud.ous.put(KEY_OU, List.of(new Organization.Account(KEY_ACCOUNT, "keys", "ACTIVE")));
    DeploymentUnit key = oneAccount("central-key", KEY_OU, KEY_ACCOUNT).build();
    DeploymentUnit vault =
        oneAccount("central-vault", CENTRAL_OU, CENTRAL)
            .dependsOn(UnitId.of("central-key"))
            .keyAliasParameters(Map.of("CentralVaultKeyArn", ALIAS))
            .build();
    Map<String, String> templates = new LinkedHashMap<>();
    templates.put(key.id(), KEY_TEMPLATE);
    templates.put(vault.id(), VAULT_TEMPLATE);
    return new DeployInput(
        new DeploymentManifest(
            1, "o-fake", "111111111111", DeploymentManifest.CallAs.SELF, List.of(key, vault)),
        templates);
  }

  @Test
  @DisplayName(
      "each region's vault instance gets the key ARN its region's alias names, read after the key"
          + " unit; a second deploy changes nothing")
  void resolvesPerRegion() {
    // Given: the key account's aliases, as the key unit's stacks create them
    cloud.keyAliases.put(US + " arn:aws:kms:us-east-1:333333333333:alias/central", US_KEY);
    cloud.keyAliases.put(EU + " arn:aws:kms:eu-west-1:333333333333:alias/central", EU_KEY);
    DeployInput in = input();

    // When
    DeployReport report = deployer().deploy(in);

    // Then: both units deployed; the key stack set before any DescribeKey
    assertThat(report.units())
        .extracting(DeployReport.UnitOutcome::status)
        .containsOnly(DeployReport.Status.OK);
    assertThat(cloud.calls.indexOf(cloud.callsOf("describeKey").get(0)))
        .isGreaterThan(cloud.calls.indexOf(cloud.callsOf("createStackInstances").get(0)));
    assertThat(cloud.overrides)
        .containsEntry(
            "airgap-central-vault/" + CENTRAL + "/" + EU, Map.of("CentralVaultKeyArn", EU_KEY))
        .containsEntry(
            "airgap-central-vault/" + CENTRAL + "/" + US, Map.of("CentralVaultKeyArn", US_KEY))
        .containsEntry("airgap-central-key/" + KEY_ACCOUNT + "/" + EU, Map.of());
    // The line docs/deploy.md shows.
    assertThat(events)
        .extracting(DeployEvent::line)
        .contains(
            "central-vault: key ARNs from the key account's alias: {eu-west-1={CentralVaultKeyArn="
                + EU_KEY
                + "}, us-east-1={CentralVaultKeyArn="
                + US_KEY
                + "}}");
    // The stack set itself needs a value for the parameter its instances override.
    assertThat(cloud.stackSets.get("airgap-central-vault").parameters)
        .containsKey("CentralVaultKeyArn");

    // And: a second deploy of the same manifest makes no mutating call
    int before = cloud.calls.size();
    DeployReport again = deployer().deploy(in);
    assertThat(again.units())
        .extracting(DeployReport.UnitOutcome::status)
        .containsOnly(DeployReport.Status.OK);
    assertThat(cloud.calls.subList(before, cloud.calls.size()))
        .noneMatch(c -> c.startsWith("create") || c.startsWith("update"));
  }

  @Test
  @DisplayName(
      "an alias that does not resolve fails the vault unit with DescribeKey's error and creates no"
          + " vault; the key unit stays deployed")
  void missingAliasFailsTheVault() {
    // Given: only one region's alias exists
    cloud.keyAliases.put(US + " arn:aws:kms:us-east-1:333333333333:alias/central", US_KEY);

    // When
    DeployReport report = deployer().deploy(input());

    // Then
    assertThat(report.units())
        .extracting(DeployReport.UnitOutcome::status)
        .containsExactly(DeployReport.Status.OK, DeployReport.Status.ERROR);
    assertThat(report.units().get(1).error())
        .contains("DescribeKey")
        .contains("arn:aws:kms:eu-west-1:333333333333:alias/central");
    assertThat(cloud.stackSets).containsKey("airgap-central-key");
    assertThat(cloud.stackSets).doesNotContainKey("airgap-central-vault");
  }
}
