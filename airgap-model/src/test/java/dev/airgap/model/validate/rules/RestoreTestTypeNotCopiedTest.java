package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4201 RestoreTestTypeNotCopied")
class RestoreTestTypeNotCopiedTest {
  private static final String ID = "AG4201";

  @Test
  @DisplayName("passes when a plan copying every type (\"*\") backs the tests; the model is clean")
  void allTypes() {
    assertThat(findings(RestoreTestingFixture.RESTORE, ID)).isEmpty();
    assertThat(validate(RestoreTestingFixture.RESTORE).all())
        .as("only the basic model\'s governance-lock warning")
        .extracting(Finding::ruleId)
        .containsExactly("AG2023");
  }

  @Test
  @DisplayName("fails, located at the EBS selection, when the only copying plan selects RDS only")
  void typeNotCopied() {
    String yaml = RestoreTestingFixture.RDS_ONLY;
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/restoreTesting/selections/EBS",
                "no plan copies EBS backups into the central vault, so this test would find nothing to restore"));
    assertThat(findings.get(0).location().line())
        .isEqualTo(RestoreTestingFixture.line(yaml, "      EBS: { validationWindowHours: 4 }"));
  }

  @Test
  @DisplayName("a plan that backs EBS up but keeps it local does not count")
  void planWithoutCopy() {
    String yaml =
        edit(
            RestoreTestingFixture.RDS_ONLY,
            "plans:\n",
            "plans:\n  local:\n    localRetentionDays: 7\n    selection:\n"
                + "      resourceTypes: [\"arn:aws:ec2:*:*:volume/*\"]\n");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/restoreTesting/selections/EBS");
  }

  @Test
  @DisplayName("ARN patterns: service and resource prefix decide, wildcards cover")
  void covers() {
    assertThat(RestoreTestTypeNotCopied.covers("*", "ec2", "volume/")).isTrue();
    assertThat(RestoreTestTypeNotCopied.covers("arn:aws:ec2:*:*:volume/*", "ec2", "volume/"))
        .isTrue();
    assertThat(RestoreTestTypeNotCopied.covers("arn:aws:ec2:*:*:*", "ec2", "volume/")).isTrue();
    assertThat(RestoreTestTypeNotCopied.covers("arn:aws:ec2:*:*:instance/*", "ec2", "volume/"))
        .isFalse();
    assertThat(RestoreTestTypeNotCopied.covers("arn:aws:rds:*:*:db:*", "rds", "cluster:"))
        .isFalse();
    assertThat(RestoreTestTypeNotCopied.covers("arn:aws:s3:::*", "s3", "")).isTrue();
  }
}
