package dev.airgap.generator.policy;

import dev.airgap.model.util.Levenshtein;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * IAM action names that exist, for the services whose actions airgap writes into policies: AWS
 * Backup (the complete list of the Service Authorization Reference), KMS, SNS, EventBridge, IAM,
 * STS, CloudWatch Logs and Organizations. The list is the resource {@code known-actions.txt}; its
 * header says where each part comes from.
 *
 * <p>AWS accepts an unknown action name without complaint, so a misspelt action in a deny statement
 * silently protects nothing; the reference sample denied {@code backup:DeleteVaultAccessPolicy},
 * which does not exist (docs/aws-facts.md §6.1, §11 #1). Template checks call {@link
 * #unknown(Collection)} on every policy they generate.
 *
 * <p>Matching is exact and case-sensitive. IAM itself ignores case in action names, but airgap
 * always writes the canonical spelling, so a case difference can only mean a hand-edited or
 * mistyped name. A name with {@code *} or {@code ?} is known when it matches at least one known
 * action of its service ({@code kms:GenerateDataKey*}).
 */
public final class KnownActions {
  private static final String RESOURCE = "known-actions.txt";
  private static final SortedSet<String> ALL = load();

  private KnownActions() {}

  /** Every known action, {@code service:Name}, sorted. */
  public static SortedSet<String> all() {
    return ALL;
  }

  /** Whether the action exists, or the wildcard pattern matches at least one action. */
  public static boolean isKnown(String action) {
    if (action.indexOf('*') < 0 && action.indexOf('?') < 0) {
      return ALL.contains(action);
    }
    int colon = action.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String service = action.substring(0, colon + 1);
    Pattern pattern = wildcard(action);
    return ALL.subSet(service, service + Character.MAX_VALUE).stream()
        .anyMatch(a -> pattern.matcher(a).matches());
  }

  /** The actions of {@code actions} that are not known, in their given order, without repeats. */
  public static List<String> unknown(Collection<String> actions) {
    return actions.stream().filter(a -> !isKnown(a)).distinct().toList();
  }

  /**
   * The known action of the same service closest to a name that is not known (edit distance, ties
   * broken alphabetically), for a hint such as "did you mean
   * backup:DeleteBackupVaultAccessPolicy?". Empty when the service is not one this list covers.
   */
  public static Optional<String> suggestion(String action) {
    int colon = action.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String service = action.substring(0, colon + 1);
    String wanted = action.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : ALL.subSet(service, service + Character.MAX_VALUE)) {
      int d = Levenshtein.distance(wanted, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Pattern wildcard(String action) {
    StringBuilder regex = new StringBuilder();
    for (char c : action.toCharArray()) {
      if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static SortedSet<String> load() {
    try (InputStream in = KnownActions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      TreeSet<String> actions = new TreeSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          actions.add(trimmed);
        }
      }
      return Collections.unmodifiableSortedSet(actions);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
