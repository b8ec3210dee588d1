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
        Arguments.of("backupDestruction", ProtectedActions.backupDestruction()),
        Arguments.of("backupExfiltration", ProtectedActions.backupExfiltration()),
        Arguments.of("backupSharing", ProtectedActions.backupSharing()),
        Arguments.of("backupConfiguration", ProtectedActions.backupConfiguration()),
        Arguments.of("keyDestruction", ProtectedActions.keyDestruction()),
        Arguments.of("keyConfiguration", ProtectedActions.keyConfiguration()),
        Arguments.of("alertSilencing", ProtectedActions.alertSilencing()),
        Arguments.of("alertConfiguration", ProtectedActions.alertConfiguration()),
        Arguments.of("leaveOrganization", ProtectedActions.leaveOrganization()),
        Arguments.of("nativeRecoveryPoints", ProtectedActions.nativeRecoveryPoints()),
        Arguments.of("principalTakeover", ProtectedActions.principalTakeover(true)),
        Arguments.of("centralDataAndLock", ProtectedActions.centralDataAndLock()),
        Arguments.of("centralConfiguration", ProtectedActions.centralConfiguration()),
        Arguments.of("memberScpDeny", ProtectedActions.memberScpDeny()));
  }

  @ParameterizedTest(
      name = "{0} is sorted, without duplicates or wildcards, and every action exists")
  @MethodSource("lists")
  void listsAreSortedSetsOfKnownActions(String name, List<String> actions) {
    assertThat(actions).isNotEmpty().doesNotHaveDuplicates().isSorted();
    assertThat(actions).noneMatch(a -> a.contains("*") || a.contains("?"));
    assertThat(KnownActions.unknown(actions)).isEmpty();
  }

  @Test
  @DisplayName(
      "the deploy role's configuration actions and the admins-only data actions never overlap")
  void configurationAndDataAreDisjoint() {
    assertThat(ProtectedActions.centralConfiguration())
        .doesNotContainAnyElementsOf(ProtectedActions.centralDataAndLock())
        .doesNotContainAnyElementsOf(ProtectedActions.alertSilencing())
        .doesNotContain(
            "backup:DeleteRecoveryPoint",
            "backup:UpdateRecoveryPointLifecycle",
            "backup:DeleteBackupVaultLockConfiguration",
            "backup:StartCopyJob",
            "backup:CopyFromBackupVault",
            "kms:ScheduleKeyDeletion",
            "kms:DisableKey");
  }

  @Test
  @DisplayName(
      "the actions the reference sample missed or misspelt are protected (docs/aws-facts.md §11 #1-#3)")
  void referenceSampleGapsAreClosed() {
    assertThat(ProtectedActions.vaultPolicyDestructionAndSharing())
        .contains(
            "backup:DeleteBackupVault",
            "backup:DeleteBackupVaultAccessPolicy",
            "backup:DeleteBackupVaultLockConfiguration",
            "backup:DeleteRecoveryPoint",
            "backup:UpdateRecoveryPointLifecycle",
            "backup:DeleteBackupVaultNotifications",
            "backup:DisassociateBackupVaultMpaApprovalTeam",
            "backup:AssociateBackupVaultMpaApprovalTeam");
    assertThat(ProtectedActions.centralDataAndLock())
        .doesNotContain("backup:DeleteVaultAccessPolicy");
  }

  @Test
  @DisplayName("copy and restore are denied in the central account but not by the member SCP")
  void exfiltrationOnlyInTheCentralAccount() {
    assertThat(ProtectedActions.centralDataAndLock())
        .containsAll(ProtectedActions.backupExfiltration());
    assertThat(ProtectedActions.memberScpDeny())
        .doesNotContainAnyElementsOf(ProtectedActions.backupExfiltration());
  }

  @Test
  @DisplayName(
      "alert event names are API operations, not permission-only actions, and cover every destructive call")
  void alertNamesAreEventNames() {
    assertThat(ProtectedActions.backupEventNames())
        .doesNotContain("CopyFromBackupVault", "CopyIntoBackupVault", "PutBackupVaultSharingPolicy")
        .noneMatch(a -> a.contains(":"))
        .containsAll(ProtectedActions.eventNames(ProtectedActions.backupDestruction()))
        .containsAll(ProtectedActions.eventNames(ProtectedActions.backupConfiguration()));
    assertThat(
            KnownActions.unknown(
                ProtectedActions.backupEventNames().stream().map(n -> "backup:" + n).toList()))
        .isEmpty();
  }
}
