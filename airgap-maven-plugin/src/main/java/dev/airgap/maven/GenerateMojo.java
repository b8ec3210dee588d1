package dev.airgap.maven;

import dev.airgap.generator.CompileResult;
import dev.airgap.model.validate.report.HumanReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles {@code airgap.yaml} into CloudFormation templates, {@code airgap-manifest.json} and
 * {@code architecture.md} in the output directory. Writes only when the model has no error; each
 * file atomically; unchanged files are not touched; files it generated before and no longer
 * produces are removed (and only those, listed in {@code .airgap-generated}). With {@code
 * -Dairgap.check=true} it writes nothing and fails if the committed output is stale.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractAirGapMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
  boolean generateSkip;

  /**
   * Check mode, for CI: write nothing, and fail naming every stale, missing or extra file in the
   * output directory, with a short unified diff.
   */
  @Parameter(property = PropertyNames.CHECK, defaultValue = "false")
  boolean check;

  /** Identifies the generator for the up-to-date shortcut; replaced in wiring tests. */
  java.util.function.Supplier<Optional<String>> generatorIdentity =
      GenerateState::generatorIdentity;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean goalSkipped() {
    return generateSkip;
  }

  GenerateRequest request() {
    return new GenerateRequest(readModel(), outputDirectory.toPath(), outputDisplay(), check);
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    GenerateRequest request = request();
    Path stateFile = buildDirectory.toPath().resolve(GenerateState.FILE);
    Optional<String> fingerprint =
        request.check()
            ? Optional.empty()
            : generatorIdentity
                .get()
                .map(g -> GenerateState.fingerprint(g, request.model(), request.outputDirectory()));
    Optional<GenerateState.UpToDate> upToDate =
        fingerprint.flatMap(f -> GenerateState.check(stateFile, f, request.outputDirectory()));
    if (upToDate.isPresent()) {
      List<String> report = upToDate.get().reportLines();
      // More than the summary line means warnings, which the compile logged at WARN too.
      report.forEach(
          line -> {
            if (report.size() > 1) {
              getLog().warn(line);
            } else {
              getLog().info(line);
            }
          });
      getLog()
          .info(
              request.outputDisplay()
                  + "/: up to date ("
                  + upToDate.get().fileCount()
                  + " files; model and generator unchanged since the last generate, nothing compiled)");
      return;
    }
    CompileResult result = compileOrFail(request.model());
    OutputDirectory out = new OutputDirectory(request.outputDirectory());
    if (request.check()) {
      List<StaleFile> stale = out.check(result.files());
      if (!stale.isEmpty()) {
        throw MojoErrors.staleOutput(getLog(), request.outputDisplay(), stale);
      }
      getLog()
          .info(
              request.outputDisplay()
                  + "/ is up to date ("
                  + result.files().size()
                  + " generated files)");
      return;
    }
    OutputDirectory.SyncResult sync = out.sync(result.files());
    for (String path : sync.written()) {
      getLog().info("wrote " + request.outputDisplay() + "/" + path);
    }
    for (String path : sync.removed()) {
      getLog().info("removed " + request.outputDisplay() + "/" + path + " (no longer generated)");
    }
    getLog().info("output directory: " + request.outputDirectory().toAbsolutePath().normalize());
    getLog()
        .info(
            request.outputDisplay()
                + "/: "
                + sync.written().size()
                + " written, "
                + sync.unchanged().size()
                + " unchanged, "
                + sync.removed().size()
                + " removed");
    if (fingerprint.isPresent()) {
      List<String> paths = new ArrayList<>();
      result.files().forEach(f -> paths.add(f.path()));
      paths.add(OutputDirectory.INDEX);
      GenerateState.record(
          stateFile,
          fingerprint.get(),
          request.outputDirectory(),
          paths,
          HumanReport.render(result.findings()).stripTrailing());
    }
  }
}
