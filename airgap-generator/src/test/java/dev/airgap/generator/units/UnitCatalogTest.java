package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.model.AirGapModel;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCatalogTest {
  private static final Path UNITS = Path.of("src/main/java/dev/airgap/generator/units");

  @Test
  @DisplayName("every class implementing Unit is in the catalog, once")
  void everyUnitRegistered() throws IOException, ClassNotFoundException {
    List<Class<?>> units = new ArrayList<>();
    try (Stream<Path> files = Files.list(UNITS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        Class<?> type = Class.forName(Unit.class.getPackageName() + "." + name);
        if (Unit.class.isAssignableFrom(type)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          units.add(type);
        }
      }
    }
    assertThat(units).hasSizeGreaterThanOrEqualTo(5);
    assertThat(UnitCatalog.UNITS)
        .extracting(Object::getClass)
        .containsExactlyInAnyOrderElementsOf(units);
  }

  @Test
  @DisplayName("unit ids are unique")
  void uniqueIds() {
    assertThat(UnitCatalog.UNITS).extracting(Unit::id).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "minimal",
        "many-regions",
        "logically-air-gapped",
        "lambda-delegated-admin",
        "lag-multi-party-approval",
        "break-glass-iam",
        "job-events",
        "reports-delegated-admin"
      })
  @DisplayName("each generated template belongs to exactly one unit")
  void templatesOwnedOnce(String name) {
    AirGapModel model = Fixtures.model(name);
    List<GeneratedTemplate> templates = TemplateGenerator.standard().generate(model);
    for (GeneratedTemplate t : templates) {
      assertThat(UnitCatalog.UNITS)
          .filteredOn(u -> u.owns(t.unitId()))
          .as(t.unitId().value())
          .hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "each unit renders a template for some golden model; optional units only when asked for")
  void everyUnitRenders() {
    List<GeneratedTemplate> all = new java.util.ArrayList<>();
    for (String name :
        List.of(
            "minimal",
            "many-regions",
            "lambda-delegated-admin",
            "lag-multi-party-approval",
            "break-glass-iam",
            "break-glass-identity-center",
            "restore-testing",
            "job-events",
            "reports-delegated-admin",
            "key-account",
            "recovery-organization")) {
      all.addAll(TemplateGenerator.standard().generate(Fixtures.model(name)));
    }
    for (Unit unit : UnitCatalog.UNITS) {
      assertThat(all).as(unit.id().value()).anyMatch(t -> unit.owns(t.unitId()));
    }
    List<GeneratedTemplate> minimal =
        TemplateGenerator.standard().generate(Fixtures.model("minimal"));
    assertThat(minimal)
        .as(
            "no approval team without multiPartyApproval, no break-glass roles without breakGlass,"
                + " no restore tests without restoreTesting, no job event bus without jobNotifications,"
                + " no evidence bucket or report plans without evidence.reports")
        .noneMatch(t -> t.unitId().equals(ApprovalTeamUnit.ID))
        .noneMatch(t -> t.unitId().equals(BreakGlassUnit.ID))
        .noneMatch(t -> t.unitId().equals(IdentityCenterBreakGlassUnit.ID))
        .noneMatch(t -> t.unitId().equals(RestoreTestingUnit.ID))
        .noneMatch(t -> t.unitId().equals(JobEventsUnit.ID))
        .noneMatch(t -> t.unitId().equals(EvidenceBucketUnit.ID))
        .noneMatch(t -> t.unitId().equals(KeyAccountUnit.ID))
        .noneMatch(t -> t.unitId().equals(EvidenceReportsUnit.ID))
        .noneMatch(t -> OutputSets.inRecoverySet(t.unitId()));
  }
}
