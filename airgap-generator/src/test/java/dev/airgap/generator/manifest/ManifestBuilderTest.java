package dev.airgap.generator.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.units.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManifestBuilderTest {
  private static DeploymentUnit unit(String id, String... dependsOn) {
    return DeploymentUnit.builder(UnitId.of(id), UnitKind.STACK, "airgap-" + id)
        .dependsOn(List.of(dependsOn).stream().map(UnitId::of).toArray(UnitId[]::new))
        .build();
  }

  @Test
  @DisplayName("units come after their dependencies, ties by id, whatever order they are listed in")
  void dependencyOrder() {
    List<DeploymentUnit> units =
        new ArrayList<>(
            List.of(unit("b"), unit("a", "b"), unit("c"), unit("d-2", "d-1"), unit("d-1", "c")));
    for (int i = 0; i < 4; i++) {
      Collections.rotate(units, 1);
      assertThat(ManifestBuilder.dependencyOrder(units))
          .extracting(DeploymentUnit::id)
          .containsExactly("b", "a", "c", "d-1", "d-2");
    }
  }

  @Test
  @DisplayName("a dependency that is not generated, or a cycle, is a generator bug")
  void brokenDependencies() {
    assertThatThrownBy(() -> ManifestBuilder.dependencyOrder(List.of(unit("a", "missing"))))
        .hasMessageContaining("missing");
    assertThatThrownBy(
            () -> ManifestBuilder.dependencyOrder(List.of(unit("a", "b"), unit("b", "a"))))
        .hasMessageContaining("depend on each other");
  }

  @Test
  @DisplayName("a stack set needs a permission model and a stack has none")
  void permissionModel() {
    assertThatThrownBy(
            () -> DeploymentUnit.builder(UnitId.of("x"), UnitKind.STACK_SET, "airgap-x").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                DeploymentUnit.builder(UnitId.of("x"), UnitKind.STACK, "airgap-x")
                    .permissionModel(DeploymentUnit.PermissionModel.SELF_MANAGED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
