package dev.airgap.generator.bench;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.model.io.ModelReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Generate + validate at scale, in process: median wall time and bytes allocated per run, after
 * warm-up. Not a test: run it and copy the table into BENCHMARKS.md (command there).
 */
public final class ScaleBenchmark {
  private ScaleBenchmark() {}

  public static void main(String[] args) {
    int warmup = Integer.getInteger("warmup", 20);
    int runs = Integer.getInteger("runs", 30);
    int[][] sizes = {
      {50, 5, 1}, {500, 50, 5}, {5_000, 500, 17},
      {50, 5, 17}, {5_000, 5, 1}, {50, 500, 1},
    };
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    AirGapCompiler compiler = AirGapCompiler.standard();
    System.out.println(
        "| accounts | OUs | regions | model bytes | output files | output bytes | median ms | p90 ms"
            + " | MB allocated | of which verify, median ms | result |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (int[] size : sizes) {
      byte[] model = ScaleModels.yaml(size[0], size[1], size[2]).getBytes(StandardCharsets.UTF_8);
      CompileResult result = null;
      for (int i = 0; i < warmup; i++) {
        result = compiler.compile(ModelReader.read("airgap.yaml", model));
      }
      long[] nanos = new long[runs];
      long allocated = 0;
      for (int i = 0; i < runs; i++) {
        long bytesBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        result = compiler.compile(ModelReader.read("airgap.yaml", model));
        nanos[i] = System.nanoTime() - start;
        allocated += threads.getThreadAllocatedBytes(thread) - bytesBefore;
      }
      Arrays.sort(nanos);
      // The proof alone, on the same templates: its share of the compile above.
      dev.airgap.model.AirGapModel parsed =
          ModelReader.read("airgap.yaml", model).model().orElseThrow();
      var templates = dev.airgap.generator.TemplateGenerator.standard().generate(parsed);
      long[] proof = new long[Math.max(5, runs / 3)];
      for (int i = 0; i < proof.length; i++) {
        long start = System.nanoTime();
        dev.airgap.generator.verify.Verifier.verify(parsed, templates);
        proof[i] = System.nanoTime() - start;
      }
      Arrays.sort(proof);
      long outputBytes = result.files().stream().mapToLong(f -> f.content().length).sum();
      String outcome =
          result.findings().hasErrors()
              ? "refused: "
                  + result.findings().all().stream()
                      .filter(f -> f.isError())
                      .map(
                          f -> f.ruleId() + " " + f.message().replaceAll(",? over the limit.*", ""))
                      .distinct()
                      .collect(java.util.stream.Collectors.joining("; "))
              : "generated";
      System.out.printf(
          "| %d | %d | %d | %d | %d | %d | %.2f | %.2f | %.1f | %.2f | %s |%n",
          size[0],
          size[1],
          size[2],
          model.length,
          result.files().size(),
          outputBytes,
          nanos[runs / 2] / 1e6,
          nanos[(runs * 9) / 10] / 1e6,
          allocated / (double) runs / 1e6,
          proof[proof.length / 2] / 1e6,
          outcome);
    }
  }
}
