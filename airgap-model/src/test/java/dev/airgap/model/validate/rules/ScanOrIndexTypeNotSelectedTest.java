package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4104 ScanOrIndexTypeNotSelected")
class ScanOrIndexTypeNotSelectedTest {
  private static final String ID = "AG4104";
  private static final String RDS_AND_VOLUMES =
      "    selection: { resourceTypes: [\"arn:aws:rds:*:*:db:*\", \"arn:aws:ec2:*:*:volume/*\"] }\n";

  @Test
  @DisplayName("passes when the selection is every type, or selects the scanned and indexed types")
  void case1() {
    String features =
        "    malwareScan: { resourceTypes: [EBS] }\n    index: { resourceTypes: [EBS] }\n";
    assertThat(findings(BASIC + features, ID)).isEmpty();
    assertThat(findings(BASIC + RDS_AND_VOLUMES + features, ID)).isEmpty();
    assertThat(findings(BASIC + RDS_AND_VOLUMES + "    malwareScan: {}\n", ID)).isEmpty();
  }

  @Test
  @DisplayName("warns on a scanned or indexed type the selection never backs up")
  void case2() {
    String yaml =
        BASIC
            + RDS_AND_VOLUMES
            + "    malwareScan: { resourceTypes: [EBS, S3] }\n    index: { resourceTypes: [S3] }\n";
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/malwareScan/resourceTypes/1",
                "S3 backups are scanned, but selection.resourceTypes never selects them"),
            tuple(
                "/plans/daily/index/resourceTypes/0",
                "S3 backups are indexed, but selection.resourceTypes never selects them"));
  }

  @Test
  @DisplayName("warns on ALL when the plan selects none of the scanned types")
  void case3() {
    String yaml =
        BASIC
            + "    selection: { resourceTypes: [\"arn:aws:rds:*:*:db:*\"] }\n    malwareScan: {}\n";
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/plans/daily/malwareScan/resourceTypes");
  }
}
