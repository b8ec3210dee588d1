package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  @DisplayName("equal texts give an empty diff")
  void equal() {
    assertThat(UnifiedDiff.of("a", "b", "x\ny\n", "x\ny\n", 3, 40)).isEmpty();
  }

  @Test
  @DisplayName("one changed line is shown with its context, like diff -u")
  void oneLine() {
    String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
    String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

    String diff = UnifiedDiff.of("a/t.yaml", "b/t.yaml", before, after, 2, 40);

    assertThat(diff)
        .isEqualTo(
            """
        --- a/t.yaml
        +++ b/t.yaml
        @@ -3,5 +3,5 @@
         c
         d
        -e
        +E
         f
         g
        """);
  }

  @Test
  @DisplayName("a file that did not exist is all additions")
  void added() {
    assertThat(UnifiedDiff.of("a/x", "b/x", "", "one\ntwo\n", 3, 40))
        .isEqualTo(
            """
        --- a/x
        +++ b/x
        @@ -0,0 +1,2 @@
        +one
        +two
        """);
  }

  @Test
  @DisplayName("far-apart changes make two hunks")
  void twoHunks() {
    StringBuilder before = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      before.append("line").append(i).append('\n');
    }
    String after = before.toString().replace("line2\n", "two\n").replace("line18\n", "eighteen\n");

    String diff = UnifiedDiff.of("a", "b", before.toString(), after, 1, 40);

    assertThat(diff)
        .contains("@@ -1,3 +1,3 @@\n line1\n-line2\n+two\n line3\n")
        .contains("@@ -17,3 +17,3 @@\n line17\n-line18\n+eighteen\n line19\n");
  }

  @Test
  @DisplayName("long diffs are cut and say how much is left out")
  void truncated() {
    String diff = UnifiedDiff.of("a", "b", "", "1\n2\n3\n4\n5\n6\n", 3, 4);

    assertThat(diff).isEqualTo("--- a\n+++ b\n@@ -0,0 +1,6 @@\n+1\n... (5 more lines)\n");
  }

  @Test
  @DisplayName("applying the diff's lines to the old text gives the new text (seeded random texts)")
  void reconstructs() {
    long seed = 20261123L;
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      String before = randomText(random);
      String after = randomText(random);
      // Huge context: one hunk covering everything, so ' ' and '+' lines are the new text.
      String diff = UnifiedDiff.of("a", "b", before, after, 1000, 100_000);
      if (before.equals(after)) {
        assertThat(diff).as("seed %d round %d", seed, round).isEmpty();
        continue;
      }
      List<String> newLines = new ArrayList<>();
      List<String> oldLines = new ArrayList<>();
      for (String line : diff.split("\n")) {
        if (line.startsWith("---") || line.startsWith("+++") || line.startsWith("@@")) {
          continue;
        }
        if (!line.startsWith("-")) {
          newLines.add(line.substring(1));
        }
        if (!line.startsWith("+")) {
          oldLines.add(line.substring(1));
        }
      }
      assertThat(String.join("\n", newLines) + (newLines.isEmpty() ? "" : "\n"))
          .as("seed %d round %d", seed, round)
          .isEqualTo(after);
      assertThat(String.join("\n", oldLines) + (oldLines.isEmpty() ? "" : "\n"))
          .as("seed %d round %d", seed, round)
          .isEqualTo(before);
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(8);
    for (int i = 0; i < lines; i++) {
      text.append((char) ('a' + random.nextInt(3))).append('\n');
    }
    return text.toString();
  }
}
