package dev.airgap.maven;

import dev.airgap.generator.CompileResult;
import dev.airgap.generator.GeneratedFile;
import dev.airgap.generator.diff.DiffRenderer;
import dev.airgap.generator.diff.OutputDiff;
import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Offline review report: what regenerating from the model would change in the committed output
 * directory, unit by unit — resources added, removed and modified, changed properties,
 * replacements, security-relevant changes first and IRREVERSIBLE on any compliance-lock creation or
 * change. Writes no template. Has no default phase. With {@code -Dairgap.live=true} it compares
 * with the live organization instead (the plan of {@code airgap:plan}).
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractDeployMojo {

  /**
   * Compare with the live organization instead of the committed files: the plan {@code airgap:plan}
   * prints (read calls only), for the manifest in the output directory. Needs AWS credentials.
   */
  @Parameter(property = PropertyNames.LIVE, defaultValue = "false")
  boolean live;

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.DIFF_SKIP, defaultValue = "false")
  boolean diffSkip;

  /**
   * Report format: {@code plain} (also {@code human}) or {@code markdown} for a pull-request
   * comment.
   */
  @Parameter(property = PropertyNames.FORMAT, defaultValue = "plain")
  String format;

  /** Also write the report to this file, e.g. to post it as a pull-request comment. */
  @Parameter(property = PropertyNames.REPORT_FILE)
  File reportFile;

  @Override
  String goal() {
    return "diff";
  }

  @Override
  boolean goalSkipped() {
    return diffSkip;
  }

  DiffRequest request() {
    return new DiffRequest(
        readModel(),
        outputDirectory.toPath(),
        outputDisplay(),
        DiffRequest.markdown(format),
        Optional.ofNullable(reportFile).map(File::toPath));
  }

  @Override
  Verdict callAws(DeployInput input, AwsClients clients) {
    return livePlan(input, clients);
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (live) {
      super.run();
      return;
    }
    DiffRequest request = request();
    CompileResult result = compileOrFail(request.model());
    Map<String, byte[]> fresh = new TreeMap<>();
    for (GeneratedFile f : result.files()) {
      fresh.put(f.path(), f.content());
    }
    Map<String, byte[]> committed =
        new OutputDirectory(request.outputDirectory()).committed(fresh.keySet());
    OutputDiff diff = OutputDiff.between(committed, fresh);
    String title =
        "airgap diff: "
            + request.outputDisplay()
            + "/ (committed) → generated from "
            + request.model().displayName();
    String report =
        request.markdown() ? DiffRenderer.markdown(diff, title) : DiffRenderer.plain(diff, title);
    report.lines().forEach(getLog()::info);
    request.reportFile().ifPresent(file -> write(file, report));
  }

  private void write(Path file, String report) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FileAccessException("write", file, e);
    }
    getLog().info("wrote " + Display.relative(basedirPath(), file));
  }
}
