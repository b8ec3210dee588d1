package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A reviewer sees the restore-testing unit arrive, and changes to what it restores with. */
class RestoreTestingDiffTest {
  private static final Path TEMPLATE =
      Path.of("src/test/resources/golden/restore-testing/expected/restore-testing.yaml");

  @Test
  @DisplayName("the new unit shows as created, its role and selections security-relevant")
  void newUnit() throws IOException {
    TemplateDiff diff =
        TemplateDiff.between(
            "restore-testing.yaml", Optional.empty(), Optional.of(Files.readString(TEMPLATE)));
    assertThat(diff.resources())
        .filteredOn(r -> r.logicalId().equals("RestoreTestingRole"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.impact()).isEqualTo(Impact.CREATE);
              assertThat(r.securityRelevant()).isTrue();
            });
    assertThat(diff.resources())
        .filteredOn(r -> r.logicalId().startsWith("RestoreTestingSelection"))
        .hasSize(2)
        .allMatch(ResourceChange::securityRelevant);
  }

  @Test
  @DisplayName("another managed policy on the restore role is a security-relevant update")
  void rolePolicyChange() throws IOException {
    String before = Files.readString(TEMPLATE);
    String after =
        before.replace(
            "service-role/AWSBackupServiceRolePolicyForRestores\"\n",
            "service-role/AWSBackupServiceRolePolicyForRestores\"\n"
                + "        - Fn::Sub: \"arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess\"\n");
    assertThat(after).isNotEqualTo(before);
    TemplateDiff diff =
        TemplateDiff.between("restore-testing.yaml", Optional.of(before), Optional.of(after));
    assertThat(diff.resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.logicalId()).isEqualTo("RestoreTestingRole");
              assertThat(r.securityRelevant()).isTrue();
              assertThat(r.impact()).isEqualTo(Impact.UPDATE);
            });
  }
}
