package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.model.validate.FrameworkControls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the AWS Backup Audit Manager frameworks of {@link FrameworkControls} into the member
 * baseline (one per plan) and the central vault template (one for the copies): frameworks are
 * regional and evaluate the account they are in, so they go where the recovery points are. Nothing
 * is added without {@code evidence.frameworks}, so existing stacks do not change.
 */
final class EvidenceFrameworks {
  private EvidenceFrameworks() {}

  static void add(Template.Builder t, List<FrameworkControls.Framework> frameworks) {
    for (FrameworkControls.Framework f : frameworks) {
      List<CfnValue> controls = new ArrayList<>();
      for (FrameworkControls.Control c : f.controls()) {
        CfnValue.MapBuilder control = CfnValue.map().put("ControlName", c.name());
        if (!c.parameters().isEmpty()) {
          List<CfnValue> parameters = new ArrayList<>();
          for (Map.Entry<String, String> p : c.parameters().entrySet()) {
            parameters.add(
                CfnValue.map()
                    .put("ParameterName", p.getKey())
                    .put("ParameterValue", p.getValue())
                    .build());
          }
          control.put("ControlInputParameters", CfnValue.list(parameters));
        }
        controls.add(control.build());
      }
      t.resource(
          logicalId(f),
          Resource.of(
              "AWS::Backup::Framework",
              CfnValue.map()
                  .put("FrameworkName", f.name())
                  .put(
                      "FrameworkDescription",
                      "airgap: evidence that the backups keep " + f.pointer() + " as modelled")
                  .put("FrameworkControls", CfnValue.list(controls))
                  .build(),
              f.pointer()));
    }
  }

  /** {@code Framework} and the framework name's letters and digits, e.g. FrameworkAirgapDaily. */
  static String logicalId(FrameworkControls.Framework f) {
    StringBuilder id = new StringBuilder("Framework");
    for (String word : f.name().split("_")) {
      if (!word.isEmpty()) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return id.toString();
  }
}
