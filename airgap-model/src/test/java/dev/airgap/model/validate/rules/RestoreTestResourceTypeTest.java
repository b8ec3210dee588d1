package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4204 RestoreTestResourceType")
class RestoreTestResourceTypeTest {
  private static final String ID = "AG4204";

  @Test
  @DisplayName("passes on the types AWS names")
  void known() {
    assertThat(findings(RestoreTestingFixture.RESTORE, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a misspelt type and suggests AWS's spelling; AG4201 stays silent on it")
  void misspelt() {
    String yaml = edit(RestoreTestingFixture.RESTORE, "      RDS: {}\n", "      rds: {}\n");
    assertThat(findingsWithHints(yaml))
        .contains(
            tuple(
                ID,
                "/central/restoreTesting/selections/rds",
                "'rds' is not a resource type AWS Backup restore testing accepts",
                "did you mean RDS? use one of Aurora, DocumentDB, DynamoDB, EBS, EC2, EFS, FSx, Neptune, RDS, S3"));
    assertThat(findings(yaml, "AG4201")).isEmpty();
  }

  private static java.util.List<org.assertj.core.groups.Tuple> findingsWithHints(String yaml) {
    return findings(yaml, ID).stream()
        .map(f -> tuple(f.ruleId(), f.pointer(), f.message(), f.hint()))
        .toList();
  }
}
