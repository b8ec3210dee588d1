package dev.airgap.model.io;

import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** The AG0xxx rules: problems found while reading and binding airgap.yaml. */
public enum ParseProblem {
  YAML_SYNTAX(
      "AG0001",
      "The file is not valid YAML",
      "Nothing can be checked until the file parses.",
      "Fix the YAML at the position shown; indent with spaces, never tabs."),
  UNKNOWN_KEY(
      "AG0002",
      "A key the model does not know",
      "A misspelt key would otherwise be ignored silently, and with it a protection you meant to set.",
      "Use one of the keys listed in the message (docs/model.md lists them all)."),
  DUPLICATE_KEY(
      "AG0003",
      "A key written twice in the same map",
      "YAML parsers disagree on which value wins; AWS rejects duplicate keys in backup policies.",
      "Keep one of the two entries."),
  WRONG_TYPE(
      "AG0004",
      "A value of the wrong type (a string where a number belongs, a list where a map belongs, ...)",
      "Coercing types hides mistakes such as a retention written as text.",
      "Write the value with the type the message names."),
  MISSING_REQUIRED(
      "AG0005",
      "A required value is missing",
      "Some settings have no safe default (the lock mode above all, because compliance is irreversible).",
      "Add the key; docs/model.md shows an example."),
  ALIAS_NOT_SUPPORTED(
      "AG0006",
      "YAML anchors and aliases",
      "Aliases make the file harder to review and open the door to alias bombs (billion laughs).",
      "Write the value out where it is used."),
  EMPTY_DOCUMENT(
      "AG0007",
      "The file is empty or holds no map",
      "There is nothing to generate from.",
      "Start from examples/basic/airgap.yaml."),
  NOT_UTF8(
      "AG0008",
      "The file is not valid UTF-8 text",
      "Templates and reports are UTF-8; a binary or mis-encoded file is almost certainly the wrong file.",
      "Save the file as UTF-8."),
  LIMIT_EXCEEDED(
      "AG0009",
      "The file exceeds a reading limit (size, nesting depth or number length)",
      "Bounded input keeps validation fast and safe on untrusted files.",
      "A real airgap.yaml is far smaller; check that this is the right file."),
  VALUE_NOT_ALLOWED(
      "AG0010",
      "A value outside the allowed set",
      "Enumerated settings (lock mode, vault kind, SCP mode, ...) have a fixed set of values.",
      "Use one of the values listed in the message."),
  NUMBER_OUT_OF_RANGE(
      "AG0011",
      "A number too large or not a whole number",
      "Days and minutes are whole numbers well inside the 32-bit range.",
      "Write a whole number in the range the message names.");

  private final RuleInfo info;

  ParseProblem(String id, String title, String why, String fix) {
    this.info = new RuleInfo(id, Severity.ERROR, title, why, fix);
  }

  public RuleInfo info() {
    return info;
  }
}
