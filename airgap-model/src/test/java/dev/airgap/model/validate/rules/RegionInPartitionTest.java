package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1004 RegionInPartition")
class RegionInPartitionTest {
  private static final String ID = "AG1004";

  @Test
  @DisplayName("passes on the valid basic model")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: China regions pass in partition aws-cn")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  partition: aws-cn\n",
            "  regions: [eu-west-1]\n  vault",
            "  regions: [cn-north-1]\n  vault",
            MEMBERS_END,
            "  regions: [cn-northwest-1]\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a region of another partition and on a name that is no region")
  void case3() {
    // Given
    String yaml = edit(BASIC, MEMBERS_END, "  regions: [eu-west-1, cn-north-1, eu-west]\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/regions/1",
                "'cn-north-1' is a region of partition aws-cn, but the organization is in aws"),
            tuple("/members/regions/2", "'eu-west' is not a region name of partition aws"));
  }
}
