package dev.airgap.generator.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutates a valid airgap.yaml the way hurried hands and broken tools do: lines lost, duplicated or
 * re-indented, keys misspelt, values of the wrong type, tabs, truncation, stray bytes. Every choice
 * comes from the seeded {@link Random}, so a failing input is reproduced from its seed.
 */
final class YamlMutator {
  private static final List<String> ODD_VALUES =
      List.of(
          "",
          "~",
          "null",
          "-1",
          "0",
          "1",
          "2147483648",
          "99999999999999999999999",
          "1.5",
          "-0.0",
          "1e9",
          "0x1F",
          "0o17",
          "true",
          "no",
          "\"\"",
          "\"7\"",
          "[]",
          "{}",
          "[a, b]",
          "{a: 1}",
          "&anchor x",
          "*anchor",
          "'unterminated",
          "\"unterminated",
          "!!binary AAAA",
          "!custom x",
          "|",
          ">-",
          "ou-",
          "r-1",
          "o-short",
          "012345678901",
          "\"012345678901\"",
          "arn:aws:iam::1:role/x",
          "arn:aws-cn:iam::222222222222:role/x",
          "cron(0 5 * * * *)",
          "cron(0 5 ? * * *)",
          "rate(1 day)",
          "compliance",
          "governance",
          "logically-air-gapped",
          "lambda",
          "eu-west-9",
          "cn-north-1",
          "us-gov-west-1",
          "a@b",
          "é✓ ünïcödé",
          "x".repeat(300),
          "- item",
          "? complex",
          "%TAG",
          "@at",
          "`tick`",
          "key: value: other");

  private static final List<String> KEYS =
      List.of(
          "organization",
          "central",
          "members",
          "plans",
          "protection",
          "deploy",
          "id",
          "managementAccount",
          "account",
          "regions",
          "vault",
          "name",
          "kind",
          "lock",
          "mode",
          "minRetentionDays",
          "maxRetentionDays",
          "changeableForDays",
          "admins",
          "key",
          "alerts",
          "email",
          "targets",
          "organizationalUnits",
          "accounts",
          "schedule",
          "localRetentionDays",
          "copyToCentral",
          "retentionDays",
          "selection",
          "scp",
          "bogus");

  private final Random random;

  YamlMutator(Random random) {
    this.random = random;
  }

  /** One to three mutations of the given text. */
  byte[] mutate(String valid) {
    String text = valid;
    int count = 1 + random.nextInt(3);
    byte[] bytes = null;
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(12);
      if (kind == 11) {
        bytes = strayBytes(text.getBytes(StandardCharsets.UTF_8));
        break;
      }
      text = mutateText(text, kind);
    }
    return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
  }

  private String mutateText(String text, int kind) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (kind) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, lines.get(at));
      case 2 -> {
        int other = random.nextInt(lines.size());
        String swap = lines.get(at);
        lines.set(at, lines.get(other));
        lines.set(other, swap);
      }
      case 3 -> lines.set(at, replaceValue(lines.get(at)));
      case 4 -> lines.set(at, insertAt(lines.get(at), "\t"));
      case 5 -> {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      case 6 -> lines.set(at, reindent(lines.get(at)));
      case 7 -> lines.set(at, misspellKey(lines.get(at)));
      case 8 ->
          lines.add(at, " ".repeat(2 * random.nextInt(4)) + pick(KEYS) + ": " + pick(ODD_VALUES));
      case 9 ->
          lines.set(
              at,
              lines.get(at)
                  + pick(List.of(" #", " # comment", ":", " - x", " ]", " }", " &a", " *a")));
      case 10 -> {
        StringBuilder deep = new StringBuilder();
        int depth = 1 + random.nextInt(120);
        deep.append("[".repeat(depth))
            .append("]".repeat(random.nextBoolean() ? depth : random.nextInt(depth + 1)));
        lines.set(at, lines.get(at) + " " + deep);
      }
      default -> throw new IllegalStateException("no mutation " + kind);
    }
    return String.join("\n", lines);
  }

  private String replaceValue(String line) {
    int colon = line.indexOf(": ");
    if (colon < 0) {
      return line.stripTrailing().endsWith(":")
          ? line + " " + pick(ODD_VALUES)
          : insertAt(line, pick(ODD_VALUES));
    }
    return line.substring(0, colon + 2) + pick(ODD_VALUES);
  }

  private String reindent(String line) {
    int delta = random.nextInt(5) - 2;
    if (delta >= 0) {
      return " ".repeat(delta + 1) + line;
    }
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return line.substring(Math.min(spaces, -delta));
  }

  private String misspellKey(String line) {
    int colon = line.indexOf(':');
    int start = 0;
    while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '-')) {
      start++;
    }
    if (colon <= start) {
      return line;
    }
    int at = start + random.nextInt(colon - start);
    char replacement = (char) ('a' + random.nextInt(26));
    return line.substring(0, at) + replacement + line.substring(at + 1);
  }

  private String insertAt(String line, String insert) {
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at) + insert + line.substring(at);
  }

  private byte[] strayBytes(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = random.nextInt(content.length + 1);
    out.write(content, 0, at);
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      out.write(random.nextInt(256));
    }
    out.write(content, at, content.length - at);
    return out.toByteArray();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
