package dev.airgap.maven;

import dev.airgap.generator.CompileResult;
import java.util.List;
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
    CompileResult result = compileOrFail(request.model());
    OutputDirectory out = new OutputDirectory(request.outputDirectory());
    if (request.check()) {
      List<StaleFile> stale = out.check(result.files());
      if (!stale.isEmpty()) {
        throw MojoErrors.staleOutput(getLog(), request.outputDisplay(), stale);
      }
      getLog().info(request.outputDisplay() + "/ is up to date (" + result.files().size() + " generated files)");
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
    getLog().info(request.outputDisplay() + "/: " + sync.written().size() + " written, " + sync.unchanged().size()
        + " unchanged, " + sync.removed().size() + " removed");
  }
}
