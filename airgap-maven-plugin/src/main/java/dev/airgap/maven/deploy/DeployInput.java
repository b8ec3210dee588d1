package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.generator.units.OutputSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest and the template of each unit, read from the output directory. A template whose
 * bytes no longer match the manifest's hash is refused: someone edited it after {@code generate}.
 *
 * @param templates unit id → template body
 */
public record DeployInput(DeploymentManifest manifest, Map<String, String> templates) {
  public DeployInput {
    templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
  }

  public CallAs callAs() {
    return CallAs.of(manifest.callAs());
  }

  public String template(DeploymentUnit unit) {
    return templates.get(unit.id());
  }

  /**
   * Reads {@code airgap-manifest.json} and its templates; problems are {@link
   * InvalidInputException}s.
   */
  public static DeployInput read(Path outputDirectory) {
    Path manifestFile = outputDirectory.resolve(DeploymentManifest.FILE_NAME);
    List<String> problems = new ArrayList<>();
    DeploymentManifest manifest;
    try {
      manifest = ManifestJson.read(Files.readAllBytes(manifestFile));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          List.of(manifestFile + " does not exist; run airgap:generate first"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(manifestFile + ": " + e.getMessage()));
    }
    Path name = outputDirectory.toAbsolutePath().normalize().getFileName();
    if (name != null && name.toString().equals(OutputSets.RECOVERY_DIRECTORY)) {
      // The live goals run with the production organization's credentials; the recovery set
      // belongs to another organization's management account (docs/aws-facts.md §22).
      throw new InvalidInputException(
          List.of(
              outputDirectory
                  + " is the output set of the recovery organization "
                  + manifest.organizationId()
                  + ", deployed with the credentials of its management account "
                  + manifest.managementAccount()
                  + ", never by airgap:deploy with the production organization's; follow "
                  + outputDirectory.resolve("README.md")
                  + " and point airgap.outputDirectory at the production output"));
    }
    Map<String, String> templates = new LinkedHashMap<>();
    for (DeploymentUnit unit : manifest.units()) {
      Path file = outputDirectory.resolve(unit.templateFile());
      try {
        byte[] bytes = Files.readAllBytes(file);
        String sha = OperationIds.sha256Bytes(bytes);
        if (!unit.templateSha256().isEmpty() && !sha.equals(unit.templateSha256())) {
          problems.add(
              file
                  + " does not match the manifest (sha256 "
                  + sha
                  + ", manifest "
                  + unit.templateSha256()
                  + "); run airgap:generate again");
        }
        templates.put(unit.id(), new String(bytes, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        problems.add(
            file
                + " (template of unit "
                + unit.id()
                + ") does not exist; run airgap:generate first");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      try {
        OperationPreferences.from(unit.operationPreferences());
      } catch (IllegalArgumentException e) {
        problems.add("unit " + unit.id() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DeployInput(manifest, templates);
  }
}
