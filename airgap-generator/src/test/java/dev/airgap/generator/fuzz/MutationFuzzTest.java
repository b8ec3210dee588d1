package dev.airgap.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the whole core (read, validate, generate, check). Each run mutates the valid
 * examples {@value #DEFAULT_ITERATIONS} times. Every outcome must be a clean compile or findings
 * with ids and locations: never an escaping exception, never files alongside an error, bounded time
 * and allocation per input. {@code -Dairgap.fuzz.seed=<n>} replays a run and {@code
 * -Dairgap.fuzz.iterations=<n>} changes its length.
 */
class MutationFuzzTest {
  static final int DEFAULT_ITERATIONS = 10_000;
  private static final long DEFAULT_SEED = 20261123L;
  private static final Pattern RULE_ID = Pattern.compile("^AG\\d{4}$");

  /** Far above the few milliseconds an input takes; only a runaway input can reach it. */
  private static final long MAX_NANOS_PER_INPUT = 5_000_000_000L;

  /**
   * Far above what one input allocates; only an amplification (alias bomb, quadratic loop) can
   * reach it.
   */
  private static final long MAX_BYTES_ALLOCATED_PER_INPUT = 512L * 1024 * 1024;

  @Test
  @DisplayName(
      "10,000 mutated models each give a clean result or located findings, never an exception")
  void mutatedModelsNeverEscape() throws IOException {
    long seed = Long.getLong("airgap.fuzz.seed", DEFAULT_SEED);
    int iterations = Integer.getInteger("airgap.fuzz.iterations", DEFAULT_ITERATIONS);
    List<String> examples = validExamples();
    Random random = new Random(seed);
    YamlMutator mutator = new YamlMutator(random);
    AirGapCompiler compiler = AirGapCompiler.standard();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long slowest = 0;
    int withErrors = 0;

    for (int i = 0; i < iterations; i++) {
      byte[] input = mutator.mutate(examples.get(random.nextInt(examples.size())));
      long allocatedBefore = threads.getThreadAllocatedBytes(thread);
      long start = System.nanoTime();
      CompileResult result;
      try {
        result = compiler.compile(ModelReader.read("airgap.yaml", input));
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(replay(seed, i, input) + " threw " + e, e);
      }
      long nanos = System.nanoTime() - start;
      long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
      slowest = Math.max(slowest, nanos);
      if (nanos > MAX_NANOS_PER_INPUT || allocated > MAX_BYTES_ALLOCATED_PER_INPUT) {
        fail(
            replay(seed, i, input)
                + " took "
                + nanos / 1_000_000
                + " ms and allocated "
                + allocated
                + " bytes");
      }
      int lines = lineCount(input);
      for (Finding f : result.findings().all()) {
        if (!RULE_ID.matcher(f.ruleId()).matches()
            || !(f.pointer().isEmpty() || f.pointer().startsWith("/"))
            || f.location().line() > lines + 1
            || f.message().isBlank()) {
          fail(replay(seed, i, input) + " produced a malformed finding: " + f);
        }
      }
      if (result.findings().hasErrors()) {
        withErrors++;
        if (!result.files().isEmpty()) {
          fail(
              replay(seed, i, input)
                  + " returned files despite errors: "
                  + result.findings().all());
        }
      } else if (result.files().isEmpty()) {
        fail(replay(seed, i, input) + " had no error but generated nothing");
      }
    }
    // A mutator that never breaks anything would make this test pass for nothing.
    assertThat(withErrors).as("mutations that produced errors").isGreaterThan(iterations / 2);
    System.out.printf(
        "fuzz: seed %d, %d inputs, %d with errors, slowest %.1f ms%n",
        seed, iterations, withErrors, slowest / 1e6);
  }

  private static String replay(long seed, int iteration, byte[] input) {
    return "input "
        + iteration
        + " of seed "
        + seed
        + " (replay: -Dairgap.fuzz.seed="
        + seed
        + ")\n---\n"
        + new String(input, StandardCharsets.UTF_8)
        + "\n---\n";
  }

  private static int lineCount(byte[] input) {
    int lines = 1;
    for (byte b : input) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  static List<String> validExamples() throws IOException {
    Path root = Path.of(System.getProperty("airgap.repoRoot", ".."));
    if (!Files.isDirectory(root.resolve("examples"))) {
      root = Path.of("..");
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("examples"), 2)) {
      for (Path file :
          files.filter(p -> p.getFileName().toString().equals("airgap.yaml")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    assertThat(texts).as("valid examples under examples/").isNotEmpty();
    return texts;
  }
}
