package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A reviewer sees changes to who approves restore access first. */
class ApprovalTeamDiffTest {
  private static final Path TEMPLATE =
      Path.of("src/test/resources/golden/lag-multi-party-approval/expected/approval-team.yaml");

  private static TemplateDiff diff(String after) throws IOException {
    return TemplateDiff.between(
        "approval-team.yaml", Optional.of(Files.readString(TEMPLATE)), Optional.of(after));
  }

  @Test
  @DisplayName("a changed approver is a security-relevant update of the team")
  void approverChange() throws IOException {
    String before = Files.readString(TEMPLATE);
    TemplateDiff diff = diff(before.replace("cdef-EXAMPLE33333", "cdef-EXAMPLE44444"));

    assertThat(diff.resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.logicalId()).isEqualTo("ApprovalTeam");
              assertThat(r.securityRelevant()).isTrue();
              assertThat(r.impact()).isEqualTo(Impact.UPDATE);
            });
  }

  @Test
  @DisplayName("a lower threshold and a wider share are security-relevant")
  void thresholdAndShare() throws IOException {
    String before = Files.readString(TEMPLATE);
    TemplateDiff diff =
        diff(
            before
                .replace("MinApprovalsRequired: 2", "MinApprovalsRequired: 1")
                .replace(
                    "        - \"222222222222\"",
                    "        - \"222222222222\"\n        - \"999999999999\""));

    assertThat(diff.resources())
        .extracting(ResourceChange::logicalId, ResourceChange::securityRelevant)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ApprovalTeam", true),
            org.assertj.core.groups.Tuple.tuple("ApprovalTeamShare", true));
  }

  @Test
  @DisplayName("removing the team orphans it (Retain) and is security-relevant")
  void removal() throws IOException {
    String before = Files.readString(TEMPLATE);
    int from = before.indexOf("  ApprovalTeam:\n");
    int to = before.indexOf("  ApprovalTeamShare:\n");
    TemplateDiff diff = diff(before.substring(0, from) + before.substring(to));

    assertThat(diff.resources())
        .filteredOn(r -> r.logicalId().equals("ApprovalTeam"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.impact()).isEqualTo(Impact.ORPHAN);
              assertThat(r.securityRelevant()).isTrue();
            });
  }
}
