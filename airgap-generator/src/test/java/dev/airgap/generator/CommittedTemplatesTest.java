package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code templates/} at the repository root is the committed output of {@code
 * examples/basic/airgap.yaml}; this fails when it is stale (rewrite with {@code
 * -Dairgap.updateGolden=true}), so reviewers always see the CloudFormation that a model change
 * makes.
 */
class CommittedTemplatesTest {

  @Test
  @DisplayName("templates/ is the current output of examples/basic/airgap.yaml")
  void committedTemplatesAreCurrent() {
    Path root = Golden.repoRoot();
    CompileResult result =
        AirGapCompiler.standard()
            .compile(ModelReader.read(root.resolve("examples/basic/airgap.yaml")));
    // The basic example keeps a governance lock on purpose; AG2023 names what that does not
    // protect.
    assertThat(result.findings().all()).extracting(Finding::ruleId).containsExactly("AG2023");
    Golden.assertDirectory(root.resolve("templates"), result.files());
  }
}
