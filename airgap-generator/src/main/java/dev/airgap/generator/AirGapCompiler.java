package dev.airgap.generator;

import dev.airgap.generator.cfct.CfctPackage;
import dev.airgap.generator.check.ModelCompilable;
import dev.airgap.generator.check.TemplateChecks;
import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.ManifestBuilder;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.generator.recovery.RecoveryOrganizationSet;
import dev.airgap.generator.verify.Unverifiable;
import dev.airgap.generator.verify.Verifier;
import dev.airgap.generator.verify.VerifyReport;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.io.SourceMap;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point of the core: a read model in, findings and output files out. Never logs,
 * never writes files, never throws for bad input.
 */
public final class AirGapCompiler {
  private final Validator validator;
  private final TemplateGenerator generator;

  public AirGapCompiler(Validator validator) {
    this(validator, TemplateGenerator.standard());
  }

  public AirGapCompiler(Validator validator, TemplateGenerator generator) {
    this.validator = validator;
    this.generator = generator;
  }

  public static AirGapCompiler standard() {
    return new AirGapCompiler(Validator.standard());
  }

  /**
   * What every output needs: the model's and the templates' findings, and the templates when none
   * is an error.
   */
  private record Checked(Findings findings, AirGapModel model, List<GeneratedTemplate> templates) {
    boolean failed() {
      return model == null || findings.hasErrors();
    }
  }

  private Checked check(ReadResult read) {
    Findings findings = validator.validate(read);
    if (findings.hasErrors() || read.model().isEmpty()) {
      return new Checked(findings, null, List.of());
    }
    AirGapModel model = read.model().get();
    List<GeneratedTemplate> templates;
    try {
      templates = generator.generate(model);
    } catch (RuntimeException e) {
      // A model the validator let through but the generator cannot build (e.g. no regions):
      // report it like any other problem instead of throwing (the core never throws for bad input).
      return new Checked(
          findings.plus(List.of(ModelCompilable.finding(e, read.sourceMap()))), null, List.of());
    }
    findings = findings.plus(new TemplateChecks().check(model, templates, read.sourceMap()));
    return new Checked(findings, model, templates);
  }

  /**
   * Validates the model and, when it has no error, generates every template, the manifest and the
   * architecture picture, then checks and proves the templates. Files are returned only when
   * nothing is an error: the air gap is proven for the exact templates about to be written, or
   * nothing is written.
   */
  public CompileResult compile(ReadResult read) {
    Checked checked = check(read);
    if (checked.failed()) {
      return new CompileResult(checked.findings(), List.of());
    }
    ProofResult proof = prove(checked, read.sourceMap());
    Findings findings = proof.findings();
    if (findings.hasErrors()) {
      return new CompileResult(findings, List.of());
    }
    AirGapModel model = checked.model();
    List<GeneratedTemplate> templates = checked.templates();
    List<GeneratedFile> files = new ArrayList<>();
    templates.forEach(
        t -> files.add(new GeneratedFile(RecoveryOrganizationSet.path(t), t.content())));
    DeploymentManifest manifest = ManifestBuilder.build(model, templates);
    files.add(new GeneratedFile(DeploymentManifest.FILE_NAME, ManifestJson.write(manifest)));
    files.add(
        new GeneratedFile(
            "architecture.md",
            ArchitectureDoc.render(model, templates).getBytes(StandardCharsets.UTF_8)));
    if (model.deploy().cfct().isPresent()) {
      files.addAll(CfctPackage.render(model, templates));
    }
    if (model.recoveryOrganization().isPresent()) {
      files.addAll(RecoveryOrganizationSet.render(model, templates));
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return new CompileResult(findings, files);
  }

  /**
   * Everything {@link #compile} checks, and verify's full report: the proof table and its
   * assumptions.
   */
  public ProofResult prove(ReadResult read) {
    Checked checked = check(read);
    return checked.failed()
        ? new ProofResult(checked.findings(), Optional.empty())
        : prove(checked, read.sourceMap());
  }

  private static ProofResult prove(Checked checked, SourceMap sourceMap) {
    try {
      VerifyReport report = Verifier.verify(checked.model(), checked.templates());
      List<Finding> located = new ArrayList<>();
      for (Finding f : report.findings()) {
        located.add(
            new Finding(
                f.ruleId(),
                f.severity(),
                f.pointer(),
                f.message(),
                f.hint(),
                sourceMap.locate(f.pointer())));
      }
      return new ProofResult(checked.findings().plus(located), Optional.of(report));
    } catch (RuntimeException e) {
      return new ProofResult(
          checked.findings().plus(List.of(Unverifiable.finding(e, sourceMap))), Optional.empty());
    }
  }
}
