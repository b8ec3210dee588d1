package dev.airgap.generator.naming;

import dev.airgap.model.util.Sha256;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The only place logical ids are computed: PascalCase words from model names and paths ({@code
 * /central/vault/key} → {@code CentralVaultKey}), checked against {@code ^[A-Za-z0-9]+$} and for
 * collisions (style.md §5). Renaming a model key renames the id, and so replaces the resource.
 */
public final class LogicalIds {
  private static final Pattern VALID = Pattern.compile("^[A-Za-z0-9]{1,255}$");
  private final Map<String, String> sourceOfId = new HashMap<>();

  /**
   * Like {@link #id}, but a collision (two e-mail addresses differing only in punctuation) is
   * resolved by appending the first 8 hex digits of the source's SHA-256, so the id stays stable
   * for that source however many others exist.
   */
  public String uniqueId(String... parts) {
    try {
      return id(parts);
    } catch (IllegalArgumentException collision) {
      String source = String.join("\u0000", parts);
      String[] withSuffix = java.util.Arrays.copyOf(parts, parts.length + 1);
      withSuffix[parts.length] = Sha256.hex(source).substring(0, 8);
      return id(withSuffix);
    }
  }

  /** PascalCase of any text: splits on everything that is not a letter or digit. */
  public static String pascal(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      for (String word : part.split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
      }
    }
    return out.toString();
  }

  /**
   * Registers the id built from {@code parts}; throws when it is not valid or another source
   * already produced it (two e-mail addresses differing only in punctuation, for example).
   */
  public String id(String... parts) {
    String id = pascal(parts);
    if (!VALID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "logical id '"
              + id
              + "' from "
              + String.join("/", parts)
              + " is not ^[A-Za-z0-9]+$ (1..255)");
    }
    String source = String.join("\u0000", parts);
    String previous = sourceOfId.putIfAbsent(id, source);
    if (previous != null && !previous.equals(source)) {
      throw new IllegalArgumentException(
          "logical id collision: '"
              + id
              + "' from both "
              + previous.replace('\u0000', '/')
              + " and "
              + source.replace('\u0000', '/'));
    }
    return id;
  }
}
