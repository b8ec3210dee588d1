package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1003 OrganizationIdFormat")
class OrganizationIdFormatTest {
  private static final String ID = "AG1003";

  @Test
  @DisplayName("passes on the valid basic model (10 characters after o-)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 32 characters after o- pass")
  void case2() {
    // Given
    String yaml = edit(BASIC, "o-a1b2c3d4e5", "o-" + "a".repeat(32));
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 9 characters after o-")
  void case3() {
    // Given
    String yaml = edit(BASIC, "o-a1b2c3d4e5", "o-a1b2c3d4e");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/organization/id",
                "'o-a1b2c3d4e' is not an organization id (o- and 10 to 32 lower-case letters or digits)"));
  }

  @Test
  @DisplayName("fails on upper-case letters")
  void case4() {
    // Given
    String yaml = edit(BASIC, "o-a1b2c3d4e5", "o-A1B2C3D4E5");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/organization/id",
                "'o-A1B2C3D4E5' is not an organization id (o- and 10 to 32 lower-case letters or digits)"));
  }
}
