package dev.airgap.maven;

import dev.airgap.generator.CompileResult;
import dev.airgap.generator.GeneratedFile;
import dev.airgap.model.io.SourceLocation;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A core that returns what the test told it to and records what it was asked. */
final class FakeCore implements ModelCompiler {
  final List<GeneratedFile> files = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  String seenFileName;
  byte[] seenContent;
  int calls;

  FakeCore file(String path, String text) {
    files.add(new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  FakeCore finding(
      Severity severity, String ruleId, String pointer, String message, int line, int column) {
    findings.add(
        new Finding(
            ruleId,
            severity,
            pointer,
            message,
            "",
            new SourceLocation("airgap.yaml", line, column)));
    return this;
  }

  @Override
  public CompileResult compile(String fileName, byte[] content) {
    calls++;
    seenFileName = fileName;
    seenContent = content;
    Findings all = new Findings(findings);
    return new CompileResult(all, all.hasErrors() ? List.of() : files);
  }
}
