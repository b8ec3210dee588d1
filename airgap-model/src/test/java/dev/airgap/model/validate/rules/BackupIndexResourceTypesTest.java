package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4102 BackupIndexResourceTypes")
class BackupIndexResourceTypesTest {
  private static final String ID = "AG4102";

  @Test
  @DisplayName("passes on EBS and S3")
  void case1() {
    assertThat(findings(BASIC + "    index: { resourceTypes: [EBS, S3] }\n", ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a type AWS Backup does not index")
  void case2() {
    assertThat(findings(BASIC + "    index: { resourceTypes: [S3, EC2] }\n", ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/index/resourceTypes/1",
                "'EC2' cannot be indexed; AWS Backup indexes EBS and S3 backups"));
  }

  @Test
  @DisplayName("fails on an empty list")
  void case3() {
    assertThat(findings(BASIC + "    index: { resourceTypes: [] }\n", ID))
        .extracting(Finding::pointer)
        .containsExactly("/plans/daily/index/resourceTypes");
  }
}
