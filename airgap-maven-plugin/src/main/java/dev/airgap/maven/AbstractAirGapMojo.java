package dev.airgap.maven;

import dev.airgap.generator.CompileResult;
import dev.airgap.model.validate.Severity;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every airgap goal shares: the skip switches, the model and output locations, and the one
 * {@code catch} that hands failures to {@link MojoErrors}. A goal implements {@link #run()}: build
 * one request, call the core once, map the result.
 */
public abstract class AbstractAirGapMojo extends AbstractMojo {

  /** Skips every airgap goal. */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  boolean skip;

  /**
   * The model file: your {@code airgap.yaml}. Findings name it relative to the project directory.
   */
  @Parameter(
      property = PropertyNames.MODEL,
      defaultValue = "${project.basedir}/airgap.yaml",
      required = true)
  File model;

  /**
   * Where {@code generate} writes the templates, {@code airgap-manifest.json}, {@code
   * architecture.md} and the index {@code .airgap-generated}; the directory you commit. {@code
   * diff} compares against it.
   */
  @Parameter(
      property = PropertyNames.OUTPUT_DIRECTORY,
      defaultValue = "${project.basedir}/templates",
      required = true)
  File outputDirectory;

  /** The project directory; paths in messages are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** The build directory; scratch files go under {@code airgap/} in it. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** The core; replaced by a fake in wiring tests. */
  ModelCompiler compiler = ModelCompiler.standard();

  /** The goal's name, for log lines. */
  abstract String goal();

  /** Whether {@code airgap.<goal>.skip} is set. */
  abstract boolean goalSkipped();

  /** Does the goal's work; may throw {@link GoalException}s, which {@link MojoErrors} maps. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping airgap:" + goal() + ": " + PropertyNames.SKIP + " is true");
      return;
    }
    if (goalSkipped()) {
      getLog()
          .info("Skipping airgap:" + goal() + ": " + PropertyNames.skipFor(goal()) + " is true");
      return;
    }
    try {
      run();
    } catch (GoalException e) {
      Exception mapped = MojoErrors.from(e);
      if (mapped instanceof MojoFailureException failure) {
        throw failure;
      }
      throw (MojoExecutionException) mapped;
    }
  }

  /** Compiles the model and logs its findings; fails (after logging them) on any error. */
  CompileResult compileOrFail(ModelSource source) throws FindingsFailureException {
    CompileResult result = compiler.compile(source.displayName(), source.content());
    MavenReporter.log(getLog(), result.findings());
    var failure = MojoErrors.findings(getLog(), result.findings(), Severity.ERROR);
    if (failure.isPresent()) {
      throw failure.get();
    }
    return result;
  }

  Path basedirPath() {
    return basedir.toPath();
  }

  ModelSource readModel() {
    return ModelSource.read(model.toPath(), basedirPath());
  }

  String outputDisplay() {
    return Display.relative(basedirPath(), outputDirectory.toPath());
  }
}
