package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProtectedActionsTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("vaultActions", ProtectedActions.vaultActions()),
        Arguments.of("recoveryPointActions", ProtectedActions.recoveryPointActions()),
        Arguments.of("destructive", ProtectedActions.destructive()),
        Arguments.of("exfiltration", ProtectedActions.exfiltration()),
        Arguments.of("sharing", ProtectedActions.sharing()),
        Arguments.of("vaultPolicyDeny", ProtectedActions.vaultPolicyDeny()),
        Arguments.of("scpDeny", ProtectedActions.scpDeny()),
        Arguments.of("alertEventNames", ProtectedActions.alertEventNames()));
  }

  @ParameterizedTest(name = "{0} is sorted, without duplicates or wildcards")
  @MethodSource("lists")
  void listsAreSortedSetsWithoutWildcards(String name, List<String> actions) {
    assertThat(actions).isNotEmpty().doesNotHaveDuplicates().isSorted();
    assertThat(actions).noneMatch(a -> a.contains("*") || a.contains("?"));
  }

  @ParameterizedTest(name = "every action of {0} is a known AWS Backup action")
  @MethodSource("lists")
  void everyProtectedActionIsKnown(String name, List<String> actions) {
    List<String> qualified = name.equals("alertEventNames")
        ? actions.stream().map(a -> ProtectedActions.PREFIX + a).toList()
        : actions;
    assertThat(KnownActions.unknown(qualified)).isEmpty();
    assertThat(qualified).allMatch(a -> a.startsWith("backup:"));
  }

  @Test
  @DisplayName("the actions the reference sample missed or misspelt are protected (facts §11 #1-#3)")
  void referenceSampleGapsAreClosed() {
    assertThat(ProtectedActions.destructive()).contains(
        "backup:DeleteBackupVault",
        "backup:DeleteBackupVaultAccessPolicy",
        "backup:DeleteBackupVaultLockConfiguration",
        "backup:DeleteRecoveryPoint",
        "backup:UpdateRecoveryPointLifecycle",
        "backup:PutBackupVaultNotifications",
        "backup:DeleteBackupVaultNotifications",
        "backup:DisassociateBackupVaultMpaApprovalTeam");
    assertThat(ProtectedActions.scpDeny()).doesNotContain("backup:DeleteVaultAccessPolicy");
  }

  @Test
  @DisplayName("every layer denies the whole destructive core, and the alert watches it")
  void everyLayerCoversTheCore() {
    assertThat(ProtectedActions.destructive())
        .containsExactlyElementsOf(union(ProtectedActions.vaultActions(), ProtectedActions.recoveryPointActions()));
    assertThat(ProtectedActions.vaultPolicyDeny()).containsAll(ProtectedActions.destructive());
    assertThat(ProtectedActions.scpDeny()).containsAll(ProtectedActions.destructive());
    assertThat(ProtectedActions.alertEventNames())
        .containsAll(ProtectedActions.destructive().stream().map(a -> a.substring("backup:".length())).toList());
  }

  @Test
  @DisplayName("copy and restore are denied in the vault policy but not in the SCP, which member accounts also get")
  void exfiltrationOnlyInTheVaultPolicy() {
    assertThat(ProtectedActions.vaultPolicyDeny()).containsAll(ProtectedActions.exfiltration());
    assertThat(ProtectedActions.scpDeny()).doesNotContainAnyElementsOf(ProtectedActions.exfiltration());
    assertThat(ProtectedActions.scpDeny()).containsAll(ProtectedActions.sharing());
  }

  @Test
  @DisplayName("alert event names are API operations, not permission-only actions")
  void alertNamesAreEventNames() {
    assertThat(ProtectedActions.alertEventNames())
        .doesNotContain("CopyFromBackupVault", "CopyIntoBackupVault", "PutBackupVaultSharingPolicy")
        .noneMatch(a -> a.contains(":"));
    // The 25 names of facts.md §7.1.
    assertThat(ProtectedActions.alertEventNames()).hasSize(25);
  }

  private static List<String> union(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).sorted().toList();
  }
}
