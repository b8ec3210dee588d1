package dev.airgap.generator.diff;

import java.util.List;
import java.util.Optional;

/**
 * The typed difference between two versions of one CloudFormation template. Compute it with {@link
 * #between}; render it with {@link DiffRenderer}.
 *
 * @param file the template's path in the output directory, e.g. {@code central-vault.yaml}
 * @param kind added (no old template), removed (no new one) or modified
 * @param templateChanges top-level sections other than Parameters, Resources, Outputs ({@code
 *     Description}, {@code Conditions}, …)
 * @param parameters parameter changes, path {@code <name>.<attribute>}
 * @param resources resource changes: security-relevant first, then by logical id
 * @param outputs output changes, path {@code <name>.<attribute>}
 * @param unreadable why one side could not be read as a template (then {@code textDiff} says what
 *     changed), or empty
 * @param textDiff a unified diff of the text, used only when {@code unreadable} is set
 */
public record TemplateDiff(
    String file,
    ChangeKind kind,
    List<PropertyChange> templateChanges,
    List<PropertyChange> parameters,
    List<ResourceChange> resources,
    List<PropertyChange> outputs,
    String unreadable,
    String textDiff) {

  public TemplateDiff {
    templateChanges = List.copyOf(templateChanges);
    parameters = List.copyOf(parameters);
    resources = List.copyOf(resources);
    outputs = List.copyOf(outputs);
  }

  /**
   * Compares two versions of a template (YAML or JSON text). An absent side means the file is added
   * or removed. Never throws: text that is not a template yields {@link #unreadable()} and a
   * unified diff.
   */
  public static TemplateDiff between(String file, Optional<String> before, Optional<String> after) {
    return TemplateComparer.compare(file, before, after);
  }

  /** The unit id, which equals the file stem ({@code central-vault}). */
  public String unit() {
    int slash = file.lastIndexOf('/');
    String name = file.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return templateChanges.isEmpty()
        && parameters.isEmpty()
        && resources.isEmpty()
        && outputs.isEmpty()
        && unreadable.isEmpty();
  }

  /** The worst impact of any resource change. */
  public Impact impact() {
    Impact worst = Impact.NO_CHANGE;
    for (ResourceChange change : resources) {
      worst = worst.worst(change.impact());
    }
    if (worst == Impact.NO_CHANGE && !isEmpty()) {
      worst = Impact.UPDATE;
    }
    return worst;
  }

  /** Resource changes that cannot be undone. */
  public List<ResourceChange> irreversible() {
    return resources.stream().filter(ResourceChange::isIrreversible).toList();
  }
}
