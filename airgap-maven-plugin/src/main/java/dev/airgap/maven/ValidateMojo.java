package dev.airgap.maven;

import dev.airgap.generator.AllRules;
import dev.airgap.generator.CompileResult;
import dev.airgap.generator.GeneratedFile;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.report.HumanReport;
import dev.airgap.model.validate.report.JsonReport;
import dev.airgap.model.validate.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports every finding of the model and of the templates it generates (writing no template),
 * optionally with cfn-lint's findings, as a log, JSON or SARIF report. Fails at {@code
 * airgap.failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class ValidateMojo extends AbstractAirGapMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.VALIDATE_SKIP, defaultValue = "false")
  boolean validateSkip;

  /** The lowest severity that fails the build: {@code error} or {@code warning}. */
  @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "error")
  String failOn;

  /**
   * Report format: {@code human} (the log; a file only with {@code airgap.reportFile}), {@code
   * json}, or {@code sarif} (lets CI annotate the pull request). Findings are always logged too.
   */
  @Parameter(property = PropertyNames.FORMAT, defaultValue = "human")
  String format;

  /**
   * Where to write the report. Defaults to {@code ${project.build.directory}/airgap/findings.json}
   * or {@code .sarif} for those formats; none for {@code human}.
   */
  @Parameter(property = PropertyNames.REPORT_FILE)
  File reportFile;

  /**
   * Whether to run {@code cfn-lint --format json} on the generated templates (copied to {@code
   * target/airgap/cfn-lint/}) and merge its findings as {@code AG5900}: {@code auto} when it is on
   * the PATH, {@code off}, or {@code required} (fail when it is missing).
   */
  @Parameter(property = PropertyNames.CFN_LINT, defaultValue = "auto")
  String cfnLint;

  /** The linter; replaced by a fake in wiring tests. */
  TemplateLinter linter = CfnLint.onPath();

  @Override
  String goal() {
    return "validate";
  }

  @Override
  boolean goalSkipped() {
    return validateSkip;
  }

  ValidateRequest request() {
    ValidateRequest.Format reportFormat = ValidateRequest.format(format);
    return new ValidateRequest(
        readModel(),
        outputDisplay(),
        ValidateRequest.failOn(failOn),
        reportFormat,
        ValidateRequest.reportFile(
            reportFormat,
            Optional.ofNullable(reportFile).map(File::toPath),
            buildDirectory.toPath()),
        ValidateRequest.cfnLint(cfnLint),
        buildDirectory.toPath().resolve("airgap").resolve("cfn-lint"));
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ValidateRequest request = request();
    CompileResult result =
        compiler.compile(request.model().displayName(), request.model().content());
    Findings findings = result.findings().plus(lint(request, result.files()));
    MavenReporter.log(getLog(), findings);
    request.reportFile().ifPresent(file -> writeReport(request.format(), findings, file));
    var failure = MojoErrors.findings(getLog(), findings, request.failOn());
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  private List<Finding> lint(ValidateRequest request, List<GeneratedFile> files) {
    Map<String, byte[]> templates = new TreeMap<>();
    for (GeneratedFile f : files) {
      if (f.path().endsWith(".yaml") || f.path().endsWith(".yml")) {
        templates.put(f.path(), f.content());
      }
    }
    if (request.cfnLint() == ValidateRequest.CfnLintMode.OFF || templates.isEmpty()) {
      return List.of();
    }
    Optional<List<Finding>> found =
        linter.lint(request.workDirectory(), templates, request.outputDisplay());
    if (found.isEmpty()) {
      if (request.cfnLint() == ValidateRequest.CfnLintMode.REQUIRED) {
        throw new CfnLintException(CfnLintException.Problem.NOT_INSTALLED, "cfn-lint", null);
      }
      getLog()
          .info(
              "cfn-lint is not on the PATH; templates not linted (-D"
                  + PropertyNames.CFN_LINT
                  + "=required makes that an error)");
      return List.of();
    }
    getLog()
        .info(
            "cfn-lint: " + found.get().size() + " findings on " + templates.size() + " templates");
    return found.get();
  }

  private void writeReport(ValidateRequest.Format reportFormat, Findings findings, Path file) {
    List<RuleInfo> rules = new ArrayList<>(AllRules.infos());
    rules.add(CfnLint.INFO);
    String text =
        switch (reportFormat) {
          case HUMAN -> HumanReport.render(findings);
          case JSON -> JsonReport.render(findings);
          case SARIF -> SarifReport.render(findings, rules);
        };
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FileAccessException("write", file, e);
    }
    getLog().info("wrote " + Display.relative(basedirPath(), file));
  }
}
