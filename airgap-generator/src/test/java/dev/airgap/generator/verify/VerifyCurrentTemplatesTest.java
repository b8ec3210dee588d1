package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.AirGapModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs verify on what the generator writes today for every example and golden case and prints the
 * proof table. It requires every configuration to be checked (no empty cells where a position
 * applies) and every one of them sound: no breach, no silent call, no lock-out.
 */
class VerifyCurrentTemplatesTest {

  /**
   * Both examples and every golden case, read from the golden directory so that a new case is
   * proven without anyone remembering to list it here.
   */
  static Stream<String> models() throws IOException {
    List<String> models =
        new ArrayList<>(List.of("examples/basic/airgap.yaml", "examples/enterprise/airgap.yaml"));
    String golden = "airgap-generator/src/test/resources/golden";
    try (Stream<Path> cases = Files.list(VerifyFixtures.repo(golden))) {
      cases
          .filter(c -> Files.isRegularFile(c.resolve("airgap.yaml")))
          .map(c -> golden + "/" + c.getFileName() + "/airgap.yaml")
          .sorted()
          .forEach(models::add);
    }
    assertThat(models).as("examples and golden cases").hasSizeGreaterThan(10);
    return models.stream();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyPositionIsChecked(String modelFile) {
    Path path = VerifyFixtures.repo(modelFile);
    AirGapModel model = VerifyFixtures.model(path);
    long start = System.nanoTime();
    VerifyReport report = Verifier.verify(model, VerifyFixtures.generate(model));
    System.out.printf(
        "== %s: %d finding(s) in %d ms%n%s%n",
        modelFile,
        report.findings().size(),
        (System.nanoTime() - start) / 1_000_000,
        report.table().render());
    for (Position.Kind k :
        new Position.Kind[] {
          Position.Kind.CENTRAL_ADMIN,
          Position.Kind.CENTRAL_ROOT,
          Position.Kind.MEMBER_ADMIN,
          Position.Kind.OUTSIDER,
          Position.Kind.IDENTITY_CENTER_ADMIN
        }) {
      assertThat(report.table().get(k, Property.NO_DESTRUCTION))
          .as(k.label())
          .isNotEqualTo(ProofTable.Status.NOT_APPLICABLE);
      assertThat(report.table().get(k, Property.NO_ESCALATION))
          .as(k.label())
          .isNotEqualTo(ProofTable.Status.NOT_APPLICABLE);
    }
    assertThat(report.table().get(Position.Kind.DEPLOY_ROLE, Property.DEPLOY_CONFIG_ONLY))
        .isNotEqualTo(ProofTable.Status.NOT_APPLICABLE);
    assertThat(report.table().get(Position.Kind.VAULT_ADMIN, Property.NO_LOCKOUT))
        .isNotEqualTo(ProofTable.Status.NOT_APPLICABLE);
    assertThat(report.table().get(Position.Kind.MANAGEMENT, Property.NO_DESTRUCTION))
        .as("the management account is an assumption, never a pass")
        .isEqualTo(ProofTable.Status.ASSUMPTION);
    if (model.organization().delegatedAdminAccount().isPresent()) {
      assertThat(report.table().get(Position.Kind.DELEGATED_ADMIN, Property.NO_ESCALATION))
          .isNotEqualTo(ProofTable.Status.NOT_APPLICABLE);
    }
    assertThat(report.findings())
        .as(modelFile + " is sound")
        .extracting(f -> f.ruleId() + " " + f.message())
        .isEmpty();
    assertThat(report.sound()).isTrue();
  }
}
