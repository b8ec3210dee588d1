package dev.airgap.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.TestModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/model.md documents every key the schema (and so the reader) knows, and no other. */
@DisplayName("docs/model.md lists every key of the model")
class ModelDocTest {
  /** Shapes documented once and used in several places; their rows read `….lock.mode`. */
  private static final Set<String> SHARED = Set.of("lock", "key", "targets");

  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);

  @Test
  @DisplayName("the key column of the tables equals the schema's keys")
  void everyKeyDocumented() throws IOException {
    // Given
    Set<String> expected = new TreeSet<>();
    for (SchemaTest.Level level : SchemaTest.levels()) {
      List<String> path = level.path().stream().map(k -> k.equals("daily") ? "<name>" : k).toList();
      for (String key : level.keys()) {
        if (!path.isEmpty() && SHARED.contains(path.get(path.size() - 1))) {
          expected.add("…." + path.get(path.size() - 1) + "." + key);
        } else {
          expected.add(path.isEmpty() ? key : String.join(".", path) + "." + key);
        }
      }
    }
    // When
    String doc =
        Files.readString(TestModels.repoRoot().resolve("docs/model.md"), StandardCharsets.UTF_8);
    Set<String> documented = new TreeSet<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      documented.add(m.group(1));
    }
    // Then
    assertThat(documented).isEqualTo(expected);
  }
}
