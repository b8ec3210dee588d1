package dev.airgap.model.validate;

import dev.airgap.model.io.ParseProblem;
import dev.airgap.model.validate.rules.AccountIdFormat;
import dev.airgap.model.validate.rules.AdminOutsideGuardrail;
import dev.airgap.model.validate.rules.AdminsRequired;
import dev.airgap.model.validate.rules.AirGappedVaultChangeableForDays;
import dev.airgap.model.validate.rules.AirGappedVaultCustomerKey;
import dev.airgap.model.validate.rules.AirGappedVaultLockMode;
import dev.airgap.model.validate.rules.AirGappedVaultMaxRetentionRequired;
import dev.airgap.model.validate.rules.AirGappedVaultMinRetention;
import dev.airgap.model.validate.rules.AirGappedVaultRegionAvailability;
import dev.airgap.model.validate.rules.AirGappedVaultWithoutRecoveryAccounts;
import dev.airgap.model.validate.rules.AlertEmailShape;
import dev.airgap.model.validate.rules.AwsOwnedKeyOnlyForAirGapped;
import dev.airgap.model.validate.rules.BackupIndexResourceTypes;
import dev.airgap.model.validate.rules.BackupRoleNamePattern;
import dev.airgap.model.validate.rules.BreakGlassPrincipalShape;
import dev.airgap.model.validate.rules.BreakGlassRoleNameLength;
import dev.airgap.model.validate.rules.BreakGlassWithoutPrincipals;
import dev.airgap.model.validate.rules.CentralLockWithoutMaxRetention;
import dev.airgap.model.validate.rules.CentralOrganizationalUnitRequired;
import dev.airgap.model.validate.rules.ChangeableForDaysRange;
import dev.airgap.model.validate.rules.CompletionWindowNotAfterStart;
import dev.airgap.model.validate.rules.ComplianceLockWithoutChangeableForDays;
import dev.airgap.model.validate.rules.ControlTowerVaultName;
import dev.airgap.model.validate.rules.CopyRetentionOutsideCentralLock;
import dev.airgap.model.validate.rules.DelegatedAdminAccountRequired;
import dev.airgap.model.validate.rules.DelegatedAdminAccountUnused;
import dev.airgap.model.validate.rules.DeleteBeforeColdStoragePlus90;
import dev.airgap.model.validate.rules.DirectMemberAccountsUnsupported;
import dev.airgap.model.validate.rules.DuplicateListEntry;
import dev.airgap.model.validate.rules.EvidenceReportsDelegatedAdmin;
import dev.airgap.model.validate.rules.ExcludeAccountsWithoutOrganizationalUnits;
import dev.airgap.model.validate.rules.ExcludedAccountsStillGetBackupPolicies;
import dev.airgap.model.validate.rules.ExistingKeyRegion;
import dev.airgap.model.validate.rules.ExistingKeyWithoutArn;
import dev.airgap.model.validate.rules.FrameworkControlLimit;
import dev.airgap.model.validate.rules.FrameworkScheduleNotDerived;
import dev.airgap.model.validate.rules.FrameworksOverlap;
import dev.airgap.model.validate.rules.GovernanceCentralLock;
import dev.airgap.model.validate.rules.GovernanceLockWithChangeableForDays;
import dev.airgap.model.validate.rules.IdentityCenterAdminPattern;
import dev.airgap.model.validate.rules.KeyArnShape;
import dev.airgap.model.validate.rules.KeyArnWithoutExistingKind;
import dev.airgap.model.validate.rules.KeyPendingWindowRange;
import dev.airgap.model.validate.rules.KeyRotationPeriodRange;
import dev.airgap.model.validate.rules.LocalRetentionOutsideMemberLock;
import dev.airgap.model.validate.rules.LockMaxRetentionTooHigh;
import dev.airgap.model.validate.rules.LockMinAboveMax;
import dev.airgap.model.validate.rules.LockMinRetentionTooLow;
import dev.airgap.model.validate.rules.MalwareScanResourceTypes;
import dev.airgap.model.validate.rules.ManagementAccountTargeted;
import dev.airgap.model.validate.rules.MemberLockNotGovernance;
import dev.airgap.model.validate.rules.MemberRegionWithoutCentralVault;
import dev.airgap.model.validate.rules.MpaNeedsAirGappedVault;
import dev.airgap.model.validate.rules.MpaTeamBelowAwsMinimum;
import dev.airgap.model.validate.rules.MpaTeamOutsideManagementAccount;
import dev.airgap.model.validate.rules.MpaTeamSmallerThanThreshold;
import dev.airgap.model.validate.rules.NoAlertEmail;
import dev.airgap.model.validate.rules.NoPlans;
import dev.airgap.model.validate.rules.OperationPreferencesRange;
import dev.airgap.model.validate.rules.OptInTagsLimit;
import dev.airgap.model.validate.rules.OrganizationIdFormat;
import dev.airgap.model.validate.rules.OrganizationalUnitIdFormat;
import dev.airgap.model.validate.rules.PlanNamePattern;
import dev.airgap.model.validate.rules.PlanNamesDifferOnlyInCase;
import dev.airgap.model.validate.rules.PlanWithoutCopyToCentral;
import dev.airgap.model.validate.rules.PolicyPlanNameLength;
import dev.airgap.model.validate.rules.PrincipalArnShape;
import dev.airgap.model.validate.rules.RecoveryAccountIsCentralAccount;
import dev.airgap.model.validate.rules.RecoveryAccountsUnused;
import dev.airgap.model.validate.rules.RegionInPartition;
import dev.airgap.model.validate.rules.RegionsEmpty;
import dev.airgap.model.validate.rules.RetentionDaysRange;
import dev.airgap.model.validate.rules.ScanOrIndexTypeNotSelected;
import dev.airgap.model.validate.rules.ScannerRoleNameLength;
import dev.airgap.model.validate.rules.ScheduleExpression;
import dev.airgap.model.validate.rules.ScheduleMoreThanHourly;
import dev.airgap.model.validate.rules.ScheduleTimezoneUnsupported;
import dev.airgap.model.validate.rules.StackSetNamePrefixPattern;
import dev.airgap.model.validate.rules.StartWindowRange;
import dev.airgap.model.validate.rules.TagShape;
import dev.airgap.model.validate.rules.TargetsEmpty;
import dev.airgap.model.validate.rules.UnknownRegion;
import dev.airgap.model.validate.rules.UnmadeChoice;
import dev.airgap.model.validate.rules.VaultNameClashInCentralAccount;
import dev.airgap.model.validate.rules.VaultNamePattern;
import dev.airgap.model.validate.rules.VaultNamesEqual;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every model rule, in id order. A test fails when a class in {@code validate.rules} is missing
 * here, or when two rules share an id.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** The semantic rules (AG1xxx–AG4xxx). */
  public static List<Rule> rules() {
    List<Rule> rules =
        new ArrayList<>(
            List.of(
                new AccountIdFormat(),
                new AdminOutsideGuardrail(),
                new AdminsRequired(),
                new AirGappedVaultChangeableForDays(),
                new AirGappedVaultCustomerKey(),
                new AirGappedVaultLockMode(),
                new AirGappedVaultMaxRetentionRequired(),
                new AirGappedVaultMinRetention(),
                new AirGappedVaultRegionAvailability(),
                new AirGappedVaultWithoutRecoveryAccounts(),
                new AlertEmailShape(),
                new AwsOwnedKeyOnlyForAirGapped(),
                new BackupIndexResourceTypes(),
                new BackupRoleNamePattern(),
                new CentralLockWithoutMaxRetention(),
                new CentralOrganizationalUnitRequired(),
                new BreakGlassPrincipalShape(),
                new BreakGlassRoleNameLength(),
                new BreakGlassWithoutPrincipals(),
                new ChangeableForDaysRange(),
                new CompletionWindowNotAfterStart(),
                new ComplianceLockWithoutChangeableForDays(),
                new ControlTowerVaultName(),
                new CopyRetentionOutsideCentralLock(),
                new DelegatedAdminAccountRequired(),
                new DelegatedAdminAccountUnused(),
                new DeleteBeforeColdStoragePlus90(),
                new DirectMemberAccountsUnsupported(),
                new DuplicateListEntry(),
                new ExcludeAccountsWithoutOrganizationalUnits(),
                new ExcludedAccountsStillGetBackupPolicies(),
                new ExistingKeyRegion(),
                new ExistingKeyWithoutArn(),
                new GovernanceCentralLock(),
                new GovernanceLockWithChangeableForDays(),
                new IdentityCenterAdminPattern(),
                new KeyArnShape(),
                new KeyArnWithoutExistingKind(),
                new KeyPendingWindowRange(),
                new KeyRotationPeriodRange(),
                new LocalRetentionOutsideMemberLock(),
                new LockMaxRetentionTooHigh(),
                new LockMinAboveMax(),
                new LockMinRetentionTooLow(),
                new MalwareScanResourceTypes(),
                new ManagementAccountTargeted(),
                new MemberLockNotGovernance(),
                new MemberRegionWithoutCentralVault(),
                new NoAlertEmail(),
                new MpaNeedsAirGappedVault(),
                new MpaTeamBelowAwsMinimum(),
                new MpaTeamOutsideManagementAccount(),
                new MpaTeamSmallerThanThreshold(),
                new NoPlans(),
                new OperationPreferencesRange(),
                new OptInTagsLimit(),
                new OrganizationIdFormat(),
                new OrganizationalUnitIdFormat(),
                new PlanNamePattern(),
                new PlanNamesDifferOnlyInCase(),
                new PlanWithoutCopyToCentral(),
                new PolicyPlanNameLength(),
                new PrincipalArnShape(),
                new RecoveryAccountIsCentralAccount(),
                new RecoveryAccountsUnused(),
                new RegionInPartition(),
                new RegionsEmpty(),
                new RetentionDaysRange(),
                new ScanOrIndexTypeNotSelected(),
                new EvidenceReportsDelegatedAdmin(),
                new FrameworkScheduleNotDerived(),
                new FrameworkControlLimit(),
                new FrameworksOverlap(),
                new ScannerRoleNameLength(),
                new ScheduleExpression(),
                new ScheduleMoreThanHourly(),
                new ScheduleTimezoneUnsupported(),
                new StackSetNamePrefixPattern(),
                new StartWindowRange(),
                new TagShape(),
                new TargetsEmpty(),
                new UnknownRegion(),
                new UnmadeChoice(),
                new VaultNameClashInCentralAccount(),
                new VaultNamePattern(),
                new VaultNamesEqual()));
    rules.sort(Comparator.comparing(r -> r.info().id()));
    return List.copyOf(rules);
  }

  /** Documentation of every model rule, reading problems included. */
  public static List<RuleInfo> infos() {
    List<RuleInfo> infos = new ArrayList<>();
    Arrays.stream(ParseProblem.values()).map(ParseProblem::info).forEach(infos::add);
    rules().stream().map(Rule::info).forEach(infos::add);
    infos.sort(Comparator.comparing(RuleInfo::id));
    return List.copyOf(infos);
  }
}
