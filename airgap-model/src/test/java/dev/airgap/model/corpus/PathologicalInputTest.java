package dev.airgap.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.io.ModelReader;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Inputs too large or too strange to commit as files; each must end in one located finding. */
class PathologicalInputTest {

  private static Findings check(byte[] content) {
    ReadResult read = ModelReader.read("airgap.yaml", content);
    return Validator.standard().validate(read);
  }

  private static Finding only(Findings findings) {
    assertThat(findings.all()).hasSize(1);
    return findings.all().get(0);
  }

  @Test
  @DisplayName("a 10 MB file is refused by size before it is parsed")
  void tenMegabytes() {
    byte[] big =
        ("organization:\n  id: o-a1b2c3d4e5\n# " + "x".repeat(10 * 1024 * 1024) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    Finding f = only(check(big));
    assertThat(f.ruleId()).isEqualTo("AG0009");
    assertThat(f.message()).contains("bytes; the limit is");
  }

  @Test
  @DisplayName("a billion-laughs alias bomb is refused without expanding it")
  void aliasBomb() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Findings findings = check(yaml.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(findings.all()).isNotEmpty();
    assertThat(findings.all()).extracting(Finding::ruleId).contains("AG0006");
    assertThat(findings.all()).allSatisfy(f -> assertThat(f.location().line()).isBetween(1, 11));
  }

  @Test
  @DisplayName("nesting deeper than any model is a limit finding, not a stack overflow")
  void deepNesting() {
    String deep = "organization: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
    Finding f = only(check(deep.getBytes(StandardCharsets.UTF_8)));
    assertThat(f.ruleId()).isEqualTo("AG0009");
    assertThat(f.location().line()).isEqualTo(1);
  }

  @Test
  @DisplayName("deep block nesting is a limit finding too")
  void deepBlockNesting() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    Finding f = only(check(deep.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(f.ruleId()).isEqualTo("AG0009");
  }

  @Test
  @DisplayName("binary garbage is reported as not UTF-8 text with its offset")
  void binaryGarbage() {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    garbage[0] = (byte) 0xC3; // a lead byte followed by a non-continuation byte is never UTF-8
    garbage[1] = (byte) 0x28;
    Finding f = only(check(garbage));
    assertThat(f.ruleId()).isEqualTo("AG0008");
    assertThat(f.message()).contains("offset 0");
  }

  @Test
  @DisplayName("invalid UTF-8 in the middle of a valid file is located on its line")
  void invalidUtf8MidFile() {
    byte[] head =
        "organization:\n  id: o-a1b2c3d4e5\n  managementAccount: \"1111"
            .getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[head.length + 2];
    System.arraycopy(head, 0, content, 0, head.length);
    content[head.length] = (byte) 0xFF;
    content[head.length + 1] = '"';
    Finding f = only(check(content));
    assertThat(f.ruleId()).isEqualTo("AG0008");
    assertThat(f.location().line()).isEqualTo(3);
    assertThat(f.location().column()).isEqualTo(27);
  }

  @Test
  @DisplayName("NUL bytes mark a binary file")
  void nulBytes() {
    Finding f = only(check("organization:\n\0\0\0".getBytes(StandardCharsets.UTF_8)));
    assertThat(f.ruleId()).isEqualTo("AG0008");
    assertThat(f.location().line()).isEqualTo(2);
  }

  @Test
  @DisplayName("a number with a thousand digits is refused by the reading limit")
  void hugeNumber() {
    String yaml =
        "central:\n  vault:\n    lock:\n      minRetentionDays: " + "9".repeat(1000) + "\n";
    Findings findings = check(yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(findings.all())
        .filteredOn(f -> f.pointer().equals("/central/vault/lock/minRetentionDays"))
        .extracting(Finding::ruleId)
        .containsExactly("AG0011");
  }
}
