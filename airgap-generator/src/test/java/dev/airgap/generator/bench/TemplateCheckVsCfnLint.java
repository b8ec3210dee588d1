package dev.airgap.generator.bench;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.check.TemplateChecks;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.io.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Our template checks (AG5xxx: schemas, sizes, action names, retain policies) against cfn-lint on
 * the same generated files. cfn-lint runs as the separate process users run; our checks run in
 * process, warm, as they do inside {@code airgap:generate}. Arguments: airgap.yaml files.
 */
public final class TemplateCheckVsCfnLint {
  private TemplateCheckVsCfnLint() {}

  record Case(AirGapModel model, ReadResult read, List<GeneratedTemplate> templates) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = Integer.getInteger("runs", 200);
    int lintRuns = Integer.getInteger("lintRuns", 3);
    Path dir = Files.createTempDirectory("airgap-bench");
    List<Case> cases = new ArrayList<>();
    List<String> files = new ArrayList<>();
    long bytes = 0;
    for (String arg : args) {
      ReadResult read = ModelReader.read(Path.of(arg));
      AirGapModel model =
          read.model().orElseThrow(() -> new IllegalArgumentException(arg + " does not parse"));
      List<GeneratedTemplate> templates = TemplateGenerator.standard().generate(model);
      cases.add(new Case(model, read, templates));
      Path caseDir = Files.createDirectories(dir.resolve(String.valueOf(cases.size())));
      for (GeneratedTemplate t : templates) {
        Path file = caseDir.resolve(t.fileName());
        Files.write(file, t.content());
        files.add(file.toString());
        bytes += t.content().length;
      }
    }
    TemplateChecks checks = new TemplateChecks();
    long coldStart = System.nanoTime();
    long findings =
        checkAll(checks, cases); // first call in this JVM: class loading, schema parsing
    double coldMs = (System.nanoTime() - coldStart) / 1e6;
    for (int i = 0; i < runs; i++) { // warm-up
      findings = checkAll(checks, cases);
    }
    long[] ours = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      findings = checkAll(checks, cases);
      ours[i] = System.nanoTime() - start;
    }
    Arrays.sort(ours);
    long[] lint = new long[lintRuns];
    String lintOutput = "";
    for (int i = 0; i < lintRuns; i++) {
      List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable"));
      command.addAll(files);
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      lintOutput = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      lint[i] = System.nanoTime() - start;
    }
    Arrays.sort(lint);
    double oursMs = ours[runs / 2] / 1e6;
    double lintMs = lint[lintRuns / 2] / 1e6;
    System.out.printf(
        "templates: %d files, %d bytes, from %d models%n", files.size(), bytes, cases.size());
    System.out.printf(
        "airgap template checks (in process, warm, median of %d): %.2f ms, %d findings%n",
        runs, oursMs, findings);
    System.out.printf("airgap template checks, first call in a fresh JVM: %.0f ms%n", coldMs);
    System.out.printf(
        "cfn-lint (process, median of %d): %.0f ms, %d lines of output%n",
        lintRuns, lintMs, lintOutput.isBlank() ? 0 : lintOutput.strip().split("\n").length);
    System.out.printf(
        "ratio cfn-lint / airgap: %.0fx warm, %.0fx cold%n", lintMs / oursMs, lintMs / coldMs);
  }

  private static long checkAll(TemplateChecks checks, List<Case> cases) {
    long n = 0;
    for (Case c : cases) {
      n += checks.check(c.model(), c.templates(), c.read().sourceMap()).size();
    }
    return n;
  }
}
