package dev.airgap.generator.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The facts table has a row and a schema for exactly the types airgap emits, and its rows name real
 * properties.
 */
class ResourceFactsTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path UNITS = Path.of("src/main/java/dev/airgap/generator/units");
  private static final Path SCHEMAS =
      Path.of("src/main/resources/dev/airgap/generator/check/schemas");
  private static final Pattern RESOURCE_OF =
      Pattern.compile("Resource\\.of\\(\\s*\"([A-Za-z0-9:]+)\"");

  /** Types in the templates of every golden model. */
  private static Set<String> typesInGoldenModels() throws IOException {
    Set<String> types = new TreeSet<>();
    try (Stream<Path> cases = Files.list(GOLDEN)) {
      for (Path dir : cases.filter(Files::isDirectory).toList()) {
        for (GeneratedTemplate t :
            TemplateGenerator.standard().generate(Fixtures.model(dir.getFileName().toString()))) {
          t.template().resources().values().forEach(r -> types.add(r.type()));
        }
      }
    }
    return types;
  }

  /** Types the unit classes can emit, also on paths no golden model takes. */
  private static Set<String> typesInUnitSources() throws IOException {
    Set<String> types = new TreeSet<>();
    try (Stream<Path> files = Files.list(UNITS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = RESOURCE_OF.matcher(Files.readString(file));
        while (m.find()) {
          types.add(m.group(1));
        }
      }
    }
    return types;
  }

  private static Set<String> rows() {
    Set<String> rows = new TreeSet<>();
    ResourceFacts.all().forEach(f -> rows.add(f.type()));
    return rows;
  }

  @Test
  @DisplayName("every type airgap emits has a row, and every row is a type airgap emits")
  void rowsAreTheEmittedTypes() throws IOException {
    Set<String> fromSources = typesInUnitSources();

    assertThat(fromSources).as("the source scan finds the units' types").contains("AWS::KMS::Key");
    assertThat(rows()).as("rows vs Resource.of(...) in the unit classes").isEqualTo(fromSources);
    assertThat(rows()).as("rows vs the golden models' templates").isEqualTo(typesInGoldenModels());
  }

  @Test
  @DisplayName("every row has its official schema bundled, and no schema is bundled without a row")
  void schemasAreTheRows() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(SCHEMAS)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .forEach(files::add);
    }
    Set<String> wanted = new TreeSet<>();
    for (ResourceFact fact : ResourceFacts.all()) {
      wanted.add(BundledSchemas.fileName(fact.type()));
      assertThat(BundledSchemas.schema(fact.type())).as(fact.type()).isPresent();
      assertThat(fact.schema().path("typeName").asText()).isEqualTo(fact.type());
    }

    assertThat(files).isEqualTo(wanted);
  }

  @Test
  @DisplayName(
      "create-only properties are the schema's, including the Lambda function the management unit emits")
  void createOnlyFromSchema() {
    assertThat(ResourceFacts.of("AWS::Lambda::Function").orElseThrow().createOnlyProperties())
        .containsExactly("FunctionName", "PackageType", "TenancyConfig");
    assertThat(ResourceFacts.of("AWS::KMS::Key").orElseThrow().createOnlyProperties()).isEmpty();
    for (ResourceFact fact : ResourceFacts.all()) {
      List<String> pointers = new ArrayList<>();
      fact.schema().path("createOnlyProperties").forEach(p -> pointers.add(p.asText()));
      assertThat(fact.createOnlyProperties())
          .as(fact.type())
          .containsExactlyInAnyOrderElementsOf(
              pointers.stream().map(p -> p.substring("/properties/".length())).toList());
    }
  }

  @Test
  @DisplayName(
      "security and policy properties of a row are properties of its schema (a custom resource's are free-form)")
  void namedPropertiesExist() {
    for (ResourceFact fact : ResourceFacts.all()) {
      if (fact.type().equals(ResourceFacts.CUSTOM_RESOURCE)) {
        continue;
      }
      JsonNode properties = fact.schema().path("properties");
      List<String> named = new ArrayList<>(fact.securityProperties());
      fact.policyLimits()
          .forEach(
              l -> {
                named.add(l.property());
                l.when().ifPresent(w -> named.add(w.property()));
              });
      fact.serviceAccess().forEach(n -> n.when().ifPresent(w -> named.add(w.property())));
      assertThat(named).as(fact.type()).allMatch(properties::has);
    }
  }

  @Test
  @DisplayName(
      "Custom:: types share the custom resource's row; a type airgap does not emit has none")
  void lookup() {
    assertThat(ResourceFacts.of("Custom::ScpAttachment"))
        .isEqualTo(ResourceFacts.of(ResourceFacts.CUSTOM_RESOURCE));
    assertThat(ResourceFacts.of("AWS::IAM::ManagedPolicy")).isEmpty();
    assertThat(ResourceFacts.isStateful("AWS::KMS::Key")).isTrue();
    assertThat(ResourceFacts.isStateful("AWS::KMS::Alias")).isFalse();
  }

  @Test
  @DisplayName(
      "service access follows the resources: a backup policy or a vault needs AWS Backup, a share RAM, an SCP nothing")
  void serviceAccess() {
    String scp =
        "Resources:\n  Scp:\n    Type: AWS::Organizations::Policy\n    Properties:\n      Type: SERVICE_CONTROL_POLICY\n";
    String backup =
        "Resources:\n  P:\n    Type: AWS::Organizations::Policy\n    Properties:\n      Type: BACKUP_POLICY\n";
    String share = "Resources:\n  Share:\n    Type: AWS::RAM::ResourceShare\n";

    assertThat(ServiceAccess.neededBy(List.of(scp, "Resources: {}\n"))).isEmpty();
    assertThat(ServiceAccess.neededBy(List.of(share, scp))).containsExactly(ServiceAccess.RAM);
    assertThat(ServiceAccess.neededBy(List.of(share, backup)))
        .containsExactly(ServiceAccess.BACKUP, ServiceAccess.RAM);
    assertThat(
            ServiceAccess.neededBy(
                List.of(
                    "Resources:\n  V:\n    Type: AWS::Backup::LogicallyAirGappedBackupVault\n")))
        .as("a logically air-gapped vault that is not shared needs no RAM")
        .containsExactly(ServiceAccess.BACKUP);
  }
}
