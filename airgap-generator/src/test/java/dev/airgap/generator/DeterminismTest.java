package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.airgap.generator.manifest.ManifestBuilder;
import dev.airgap.model.io.ModelReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The same model gives the same bytes: in two separate JVMs (so {@code Set.of}/{@code Map.of} salts
 * and identity hash codes differ), and when the input's maps and set-like lists are shuffled.
 */
class DeterminismTest {
  /** Model lists that are sets: their order must not matter. */
  private static final Set<String> SET_LISTS =
      Set.of(
          "regions",
          "admins",
          "email",
          "organizationalUnits",
          "accounts",
          "excludeAccounts",
          "recoveryAccounts");

  @Test
  @DisplayName("two separate JVM runs generate identical bytes for every golden case")
  void separateJvmsAgree() throws Exception {
    List<String> models = new ArrayList<>();
    for (Path dir : GoldenTemplatesTest.cases()) {
      models.add(dir.resolve("airgap.yaml").toString());
    }
    String first = runJvm(models);
    String second = runJvm(models);
    assertThat(first).isNotBlank().doesNotContain("ERROR");
    assertThat(second).isEqualTo(first);
    StringBuilder here = new StringBuilder();
    for (String model : models) {
      for (GeneratedFile f :
          AirGapCompiler.standard().compile(ModelReader.read(Path.of(model))).files()) {
        here.append(model)
            .append(' ')
            .append(f.path())
            .append(' ')
            .append(ManifestBuilder.sha256(f.content()))
            .append('\n');
      }
    }
    assertThat(first).isEqualTo(here.toString());
  }

  private static String runJvm(List<String> models) throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java, "-cp", System.getProperty("java.class.path"), GenerateMain.class.getName()));
    command.addAll(models);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.replace("\r\n", "\n");
  }

  @Test
  @DisplayName("shuffled maps and set-like lists in airgap.yaml generate the golden bytes")
  void shuffledInputGivesSameBytes() throws Exception {
    ObjectMapper yaml =
        new ObjectMapper(
            YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
    for (long seed = 1; seed <= 3; seed++) {
      for (Path dir : GoldenTemplatesTest.cases()) {
        JsonNode tree = yaml.readTree(Files.readAllBytes(dir.resolve("airgap.yaml")));
        Random random = new Random(seed * 31 + dir.getFileName().toString().hashCode());
        byte[] shuffled = yaml.writeValueAsBytes(shuffle(tree, "", random));
        CompileResult original =
            AirGapCompiler.standard().compile(ModelReader.read(dir.resolve("airgap.yaml")));
        CompileResult again =
            AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", shuffled));
        assertThat(again.files())
            .as(
                "case %s, seed %d:\n%s",
                dir.getFileName(), seed, new String(shuffled, StandardCharsets.UTF_8))
            .isEqualTo(original.files());
      }
    }
  }

  private static JsonNode shuffle(JsonNode node, String key, Random random) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      Collections.shuffle(names, random);
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (String name : names) {
        fields.put(name, shuffle(object.get(name), name, random));
      }
      ObjectNode copy = object.objectNode();
      copy.setAll(fields);
      return copy;
    }
    if (node instanceof ArrayNode array && SET_LISTS.contains(key)) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      Collections.shuffle(items, random);
      ArrayNode copy = array.arrayNode();
      copy.addAll(items);
      return copy;
    }
    return node;
  }
}
