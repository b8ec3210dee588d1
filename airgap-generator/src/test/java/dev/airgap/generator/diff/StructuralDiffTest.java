package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StructuralDiffTest {
  @Test
  @DisplayName(
      "walks any two trees to the deepest differing paths, asking the caller for the impact")
  void genericWalk() throws Exception {
    ObjectNode before =
        StructuralDiff.parse(Optional.of("a: {b: 1, c: [x, y]}\nd: {Ref: Old}\ne: gone\n"));
    ObjectNode after = StructuralDiff.parse(Optional.of("a: {b: 2, c: [x, z]}\nd: {Ref: New}\n"));
    List<PropertyChange> out = new ArrayList<>();
    for (String key : StructuralDiff.union(before, after)) {
      StructuralDiff.diffValues(
          key, before.get(key), after.get(key), (p, b, a) -> Impact.UPDATE, out);
    }
    assertThat(out)
        .extracting(PropertyChange::path, PropertyChange::kind)
        .containsExactly(
            tuple("a.b", ChangeKind.MODIFIED),
            tuple("a.c[1]", ChangeKind.MODIFIED),
            // An intrinsic function is one value, not a map to descend into.
            tuple("d", ChangeKind.MODIFIED),
            tuple("e", ChangeKind.REMOVED));
  }

  @Test
  @DisplayName("equivalent CloudFormation forms compare equal after normalising")
  void normalise() throws Exception {
    ObjectNode a =
        StructuralDiff.normalise(
            StructuralDiff.parse(
                Optional.of(
                    "Resources:\n  R:\n    DependsOn: [B, A]\n    Properties: {X: {Fn::GetAtt: V.Arn}}\n")));
    ObjectNode b =
        StructuralDiff.normalise(
            StructuralDiff.parse(
                Optional.of(
                    "Resources:\n  R:\n    DependsOn: [A, B]\n    Properties: {X: {Fn::GetAtt: [V, Arn]}}\n")));
    assertThat(a).isEqualTo(b);
  }
}
