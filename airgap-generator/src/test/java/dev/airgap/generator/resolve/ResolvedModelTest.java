package dev.airgap.generator.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.Fixtures;
import dev.airgap.generator.policy.Arns;
import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.generator.policy.ScpDocument;
import dev.airgap.model.AirGapModel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResolvedModelTest {
  @Test
  @DisplayName("one model instance is resolved once: units, checks and verify share the facts")
  void derivedOnce() {
    AirGapModel model = Fixtures.model("lambda-delegated-admin");
    ResolvedModel first = ResolvedModel.of(model);
    assertThat(ResolvedModel.of(model)).isSameAs(first);
    assertThat(first.backupPolicies()).isSameAs(ResolvedModel.of(model).backupPolicies());
    assertThat(first.backupPolicies().policies())
        .isEqualTo(BackupPolicyDocument.build(model).policies());
    AirGapModel other = Fixtures.model("minimal");
    assertThat(ResolvedModel.of(other)).isNotSameAs(first);
    assertThat(ResolvedModel.of(other).model()).isSameAs(other);
  }

  @Test
  @DisplayName("the principal classes are the ones the SCP exempts and the ARNs name")
  void principalClasses() {
    AirGapModel model = Fixtures.model("lambda-delegated-admin");
    PrincipalClasses classes = ResolvedModel.of(model).principals();
    assertThat(classes.vaultAdmins()).isSorted().isEqualTo(ScpDocument.admins(model));
    assertThat(classes.exemptPrincipalArns()).isEqualTo(ScpDocument.exemptPrincipalArns(model));
    assertThat(classes.executionRoleArn())
        .isEqualTo(Arns.centralExecutionRole(model))
        .endsWith(":role/" + classes.executionRoleName());
    assertThat(classes.exemptPrincipalArns())
        .containsAll(classes.vaultAdmins())
        .contains(classes.executionRoleArn());
    assertThat(ResolvedModel.of(model).centralVaultArns()).isEqualTo(Arns.centralVaults(model));
  }
}
