package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.io.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Models for policy tests, read through the real reader so defaults are the real ones. */
final class TestModels {
  private TestModels() {}

  static AirGapModel read(String yaml) {
    ReadResult result = ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(result.findings()).as("reading the test model").isEmpty();
    return result.model().orElseThrow();
  }

  /** One of the bundled examples ({@code basic}, {@code enterprise}). */
  static AirGapModel example(String name) {
    Path root = Path.of(System.getProperty("airgap.repoRoot", ".."));
    Path file = root.resolve("examples").resolve(name).resolve("airgap.yaml");
    if (!Files.exists(file)) {
      file = Path.of("..", "examples", name, "airgap.yaml");
    }
    try {
      return read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model with the given central/member regions and plan block (YAML, indented by 2). */
  static AirGapModel with(
      String partition, String centralRegions, String memberRegions, String extra, String plans) {
    return read(
        """
        organization:
          id: o-a1b2c3d4e5
          managementAccount: "111111111111"
          partition: %s
        central:
          account: "222222222222"
          regions: [%s]
          vault:
            name: airgap-central
            lock: { mode: governance, minRetentionDays: 7, maxRetentionDays: 3650 }
          admins:
            - arn:%s:iam::222222222222:role/BackupVaultAdmin
        members:
          targets:
            organizationalUnits: [ou-ab12-workload1]
          regions: [%s]
        plans:
        %s
        %s
        """
            .formatted(partition, centralRegions, partition, memberRegions, plans, extra));
  }
}
