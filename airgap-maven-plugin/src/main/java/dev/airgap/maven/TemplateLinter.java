package dev.airgap.maven;

import dev.airgap.model.validate.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An external checker of generated templates (cfn-lint); a seam so tests need not install it. */
interface TemplateLinter {

  /**
   * Lints the templates.
   *
   * @param workDirectory a scratch directory the linter may fill (it is emptied first)
   * @param templates template bytes by file name
   * @param displayPrefix how findings name the directory, e.g. {@code templates}
   * @return the findings, or empty when the linter is not installed
   * @throws CfnLintException when it is installed but fails without a report
   */
  Optional<List<Finding>> lint(
      Path workDirectory, Map<String, byte[]> templates, String displayPrefix);
}
