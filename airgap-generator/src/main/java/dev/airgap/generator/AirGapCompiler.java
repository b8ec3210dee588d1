package dev.airgap.generator;

import dev.airgap.generator.check.ModelCompilable;
import dev.airgap.generator.check.TemplateChecks;
import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.ManifestBuilder;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.generator.verify.Unverifiable;
import dev.airgap.generator.verify.Verifier;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.SourceMap;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
   * Validates the model and, when it has no error, generates every template, the manifest and the
   * architecture picture, then checks the templates. Files are returned only when nothing is an
   * error.
   */
  /** Verify's findings, located at the model element they concern. */
  private static List<Finding> proofFindings(AirGapModel model, List<GeneratedTemplate> templates, SourceMap sourceMap) {
    try {
      List<Finding> located = new ArrayList<>();
      for (Finding f : Verifier.verify(model, templates).findings()) {
        located.add(new Finding(f.ruleId(), f.severity(), f.pointer(), f.message(), f.hint(), sourceMap.locate(f.pointer())));
      }
      return located;
    } catch (RuntimeException e) {
      return List.of(Unverifiable.finding(e, sourceMap));
    }
  }

  public CompileResult compile(ReadResult read) {
    Findings findings = validator.validate(read);
    if (findings.hasErrors() || read.model().isEmpty()) {
      return new CompileResult(findings, List.of());
    }
    AirGapModel model = read.model().get();
    List<GeneratedTemplate> templates;
    try {
      templates = generator.generate(model);
    } catch (RuntimeException e) {
      // A model the validator let through but the generator cannot build (e.g. no regions):
      // report it like any other problem instead of throwing (the core never throws for bad input).
      return new CompileResult(findings.plus(List.of(ModelCompilable.finding(e, read.sourceMap()))), List.of());
    }
    List<Finding> templateFindings = new TemplateChecks().check(model, templates, read.sourceMap());
    findings = findings.plus(templateFindings);
    if (findings.hasErrors()) {
      return new CompileResult(findings, List.of());
    }
    // The air gap is proven for the exact templates about to be written, or nothing is written.
    findings = findings.plus(proofFindings(model, templates, read.sourceMap()));
    if (findings.hasErrors()) {
      return new CompileResult(findings, List.of());
    }
    List<GeneratedFile> files = new ArrayList<>();
    templates.forEach(t -> files.add(new GeneratedFile(t.fileName(), t.content())));
    DeploymentManifest manifest = ManifestBuilder.build(model, templates);
    files.add(new GeneratedFile(DeploymentManifest.FILE_NAME, ManifestJson.write(manifest)));
    files.add(new GeneratedFile("architecture.md", ArchitectureDoc.render(model, templates).getBytes(StandardCharsets.UTF_8)));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return new CompileResult(findings, files);
  }
}
