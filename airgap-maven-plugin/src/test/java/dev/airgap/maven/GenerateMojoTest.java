package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.model.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {
  @TempDir Path project;
  MojoFixture fx;

  @BeforeEach
  void setUp() throws Exception {
    fx = new MojoFixture(project);
    fx.core.file("central-vault.yaml", "Resources: {}\n").file("airgap-manifest.json", "{}\n");
  }

  @Test
  @DisplayName(
      "the request names the model and output relative to the project, and carries check mode")
  void request() {
    GenerateMojo mojo = fx.generate();
    mojo.check = true;

    GenerateRequest request = mojo.request();

    assertThat(request.model().displayName()).isEqualTo("airgap.yaml");
    assertThat(request.model().content())
        .isEqualTo("organization: {}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(request.outputDisplay()).isEqualTo("templates");
    assertThat(request.check()).isTrue();
  }

  @Test
  @DisplayName(
      "generate writes every file and the index, and passes the model's display name to the core")
  void writes() throws Exception {
    fx.generate().execute();

    assertThat(fx.core.seenFileName).isEqualTo("airgap.yaml");
    assertThat(fx.read("templates/central-vault.yaml")).isEqualTo("Resources: {}\n");
    assertThat(fx.read("templates/.airgap-generated"))
        .endsWith("airgap-manifest.json\ncentral-vault.yaml\n");
    assertThat(fx.log.at("INFO"))
        .contains(
            "wrote templates/central-vault.yaml", "templates/: 3 written, 0 unchanged, 0 removed");
    try (Stream<Path> files = Files.list(project.resolve("templates"))) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  @DisplayName("generated files get the permissions of any new file (umask), not owner-only 0600")
  void filesHonourTheUmask() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        project.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions only");
    Path probe = Files.createFile(project.resolve("probe"));
    var expected = Files.getPosixFilePermissions(probe);

    fx.generate().execute();

    assertThat(Files.getPosixFilePermissions(project.resolve("templates/central-vault.yaml")))
        .isEqualTo(expected);
    assertThat(Files.getPosixFilePermissions(project.resolve("templates/.airgap-generated")))
        .isEqualTo(expected);
  }

  @Test
  @DisplayName("unchanged files are not rewritten")
  void unchangedNotRewritten() throws Exception {
    fx.generate().execute();
    Path vault = project.resolve("templates/central-vault.yaml");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(vault, old);

    fx.generate().execute();

    assertThat(Files.getLastModifiedTime(vault)).isEqualTo(old);
    assertThat(fx.log.at("INFO")).contains("templates/: 0 written, 3 unchanged, 0 removed");
  }

  @Test
  @DisplayName(
      "a file generated before and no longer produced is removed; files airgap never wrote are kept")
  void removesOnlyItsOwnFiles() throws Exception {
    fx.generate().execute();
    Files.writeString(project.resolve("templates/README.md"), "mine\n");
    fx.core.files.removeIf(f -> f.path().equals("central-vault.yaml"));

    fx.generate().execute();

    assertThat(project.resolve("templates/central-vault.yaml")).doesNotExist();
    assertThat(project.resolve("templates/README.md")).exists();
    assertThat(fx.log.at("INFO"))
        .contains("removed templates/central-vault.yaml (no longer generated)");
  }

  @Test
  @DisplayName("an error writes nothing and fails with the located findings")
  void errorWritesNothing() {
    fx.core.finding(
        Severity.ERROR,
        "AG2003",
        "/central/vault/lock/minRetentionDays",
        "must be ≤ maxRetentionDays (35)",
        12,
        7);

    assertThatThrownBy(() -> fx.generate().execute())
        .isInstanceOfSatisfying(
            FindingsFailureException.class,
            e -> {
              assertThat(e.findings().all()).extracting(f -> f.ruleId()).containsExactly("AG2003");
              // the finding is logged once; the message Maven prints again only counts it
              assertThat(e.getMessage())
                  .isEqualTo("the model has 1 error and 0 warnings, listed above");
            });
    assertThat(project.resolve("templates")).doesNotExist();
    assertThat(fx.log.at("ERROR"))
        .startsWith(
            "airgap.yaml:12:7: error: /central/vault/lock/minRetentionDays: must be ≤ maxRetentionDays (35) [AG2003]");
    assertThat(fx.log.at("ERROR")).filteredOn(l -> l.contains("maxRetentionDays (35)")).hasSize(1);
  }

  @Test
  @DisplayName("warnings are logged but do not stop generate")
  void warningsDoNotStop() throws Exception {
    fx.core.finding(Severity.WARNING, "AG2010", "/plans/daily", "short", 3, 3);

    fx.generate().execute();

    assertThat(fx.log.at("WARNING"))
        .contains("airgap.yaml:3:3: warning: /plans/daily: short [AG2010]");
    assertThat(project.resolve("templates/central-vault.yaml")).exists();
  }

  @Test
  @DisplayName("check mode passes on up-to-date output and writes nothing")
  void checkPasses() throws Exception {
    fx.generate().execute();
    GenerateMojo check = fx.generate();
    check.check = true;

    check.execute();

    assertThat(fx.log.at("INFO")).contains("templates/ is up to date (2 generated files)");
  }

  @Test
  @DisplayName(
      "check mode names every stale, missing and extra file with a diff, and writes nothing")
  void checkFails() throws Exception {
    fx.core.file("retired.yaml", "Resources: {}\n");
    fx.generate().execute();
    fx.core.files.removeIf(f -> !f.path().equals("airgap-manifest.json"));
    fx.core
        .file("central-vault.yaml", "Resources:\n  Vault: {}\n")
        .file("central-alerts.yaml", "Resources: {}\n");
    GenerateMojo check = fx.generate();
    check.check = true;

    assertThatThrownBy(check::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            """
            templates is not what airgap:generate writes for this model (4 files):
              stale: templates/.airgap-generated
              missing: templates/central-alerts.yaml
              stale: templates/central-vault.yaml
              extra: templates/retired.yaml
            regenerate with 'mvn airgap:generate -Dairgap.check=false' and commit templates/""");
    assertThat(fx.log.at("ERROR"))
        .contains("      -Resources: {}", "      +Resources:", "      +  Vault: {}");
    assertThat(project.resolve("templates/retired.yaml")).exists();
    assertThat(project.resolve("templates/central-alerts.yaml")).doesNotExist();
  }

  @Test
  @DisplayName(
      "airgap.skip and airgap.generate.skip skip with one INFO line and do not call the core")
  void skip() throws Exception {
    GenerateMojo all = fx.generate();
    all.skip = true;
    GenerateMojo one = fx.generate();
    one.generateSkip = true;

    all.execute();
    one.execute();

    assertThat(fx.core.calls).isZero();
    assertThat(fx.log.lines)
        .containsExactly(
            "[INFO] Skipping airgap:generate: airgap.skip is true",
            "[INFO] Skipping airgap:generate: airgap.generate.skip is true");
  }

  @Test
  @DisplayName("a missing model is the user's mistake, with the property to fix it")
  void missingModel() throws Exception {
    Files.delete(project.resolve("airgap.yaml"));

    assertThatThrownBy(() -> fx.generate().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "the model "
                + project.resolve("airgap.yaml")
                + " does not exist; create it (start from "
                + "examples/basic/airgap.yaml) or point -Dairgap.model=<path> at your airgap.yaml");
  }

  private GenerateMojo generateWithKnownGenerator(String identity) {
    GenerateMojo mojo = fx.generate();
    mojo.generatorIdentity = () -> java.util.Optional.of(identity);
    return mojo;
  }

  @Test
  @DisplayName(
      "an up-to-date generate (same model, same generator, files untouched) compiles nothing")
  void upToDateSkipsCompiling() throws Exception {
    generateWithKnownGenerator("jar-1").execute();
    int callsAfterFirst = fx.core.calls;

    generateWithKnownGenerator("jar-1").execute();

    assertThat(fx.core.calls).isEqualTo(callsAfterFirst);
    assertThat(fx.log.at("INFO")).anyMatch(l -> l.startsWith("templates/: up to date (3 files;"));
  }

  @Test
  @DisplayName("a changed model, a new generator or a hand-edited output file compiles again")
  void anyChangeCompilesAgain() throws Exception {
    generateWithKnownGenerator("jar-1").execute();

    generateWithKnownGenerator("jar-2").execute();
    assertThat(fx.core.calls).isEqualTo(2);

    Files.writeString(project.resolve("templates/central-vault.yaml"), "edited by hand\n");
    generateWithKnownGenerator("jar-2").execute();
    assertThat(fx.core.calls).isEqualTo(3);
    assertThat(fx.read("templates/central-vault.yaml")).isEqualTo("Resources: {}\n");

    Files.writeString(project.resolve("airgap.yaml"), "organization: {id: o-changed}\n");
    generateWithKnownGenerator("jar-2").execute();
    assertThat(fx.core.calls).isEqualTo(4);
  }

  @Test
  @DisplayName("check mode never takes the shortcut: CI always compares freshly generated output")
  void checkModeAlwaysCompiles() throws Exception {
    generateWithKnownGenerator("jar-1").execute();
    GenerateMojo check = generateWithKnownGenerator("jar-1");
    check.check = true;

    check.execute();

    assertThat(fx.core.calls).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "a generator loaded from class directories (this reactor) is never trusted for the shortcut")
  void classDirectoriesAreNotAnIdentity() {
    assertThat(GenerateState.generatorIdentity()).isEmpty();
  }
}
