package dev.airgap.maven;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.ProofResult;
import dev.airgap.model.io.ModelReader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Proves, offline, that the templates generated from the model keep the air gap: prints the proof
 * table (attacker position × property → proven, BREACH or assumption), what is assumed, and every
 * breach with the shortest chain of calls that makes it. {@code generate} and {@code validate} run
 * the same proof and fail on a breach; this goal shows it. Fails at {@code airgap.failOn}.
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends AbstractAirGapMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.VERIFY_SKIP, defaultValue = "false")
  boolean verifySkip;

  /** The lowest severity that fails the build: {@code error} or {@code warning}. */
  @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "error")
  String failOn;

  @Override
  String goal() {
    return "verify";
  }

  @Override
  boolean goalSkipped() {
    return verifySkip;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    var threshold = ValidateRequest.failOn(failOn);
    ModelSource source = readModel();
    ProofResult proof =
        AirGapCompiler.standard().prove(ModelReader.read(source.displayName(), source.content()));
    proof.report().ifPresent(report -> report.render().lines().forEach(getLog()::info));
    MavenReporter.log(getLog(), proof.findings());
    var failure = MojoErrors.findings(getLog(), proof.findings(), threshold);
    if (failure.isPresent()) {
      throw failure.get();
    }
  }
}
