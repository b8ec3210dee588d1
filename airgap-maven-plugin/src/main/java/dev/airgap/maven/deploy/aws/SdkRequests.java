package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.OperationPreferences;
import dev.airgap.maven.deploy.StackSetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.AutoDeployment;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;

/**
 * airgap's deploy types as CloudFormation request shapes, shared by {@link SdkStackSets} and {@link
 * SdkStacks} so both send parameters and preferences the same way (sorted, so requests are
 * repeatable).
 */
final class SdkRequests {
  private SdkRequests() {}

  static AutoDeployment autoDeployment(StackSetSpec spec) {
    // facts §8.3: RetainStacksOnAccountRemoval only with Enabled; keeps resources of accounts that
    // leave.
    return spec.autoDeployment()
        ? AutoDeployment.builder().enabled(true).retainStacksOnAccountRemoval(true).build()
        : AutoDeployment.builder().enabled(false).build();
  }

  static List<Parameter> parameters(Map<String, String> values) {
    List<Parameter> out = new ArrayList<>();
    new TreeMap<>(values)
        .forEach((k, v) -> out.add(Parameter.builder().parameterKey(k).parameterValue(v).build()));
    return out;
  }

  static Map<String, String> params(List<Parameter> values) {
    Map<String, String> out = new TreeMap<>();
    values.forEach(p -> out.put(p.parameterKey(), nz(p.parameterValue())));
    return out;
  }

  static StackSetOperationPreferences preferences(OperationPreferences p) {
    StackSetOperationPreferences.Builder b = StackSetOperationPreferences.builder();
    p.regionConcurrencyType().ifPresent(b::regionConcurrencyType);
    if (!p.regionOrder().isEmpty()) {
      b.regionOrder(p.regionOrder());
    }
    p.failureToleranceCount().ifPresent(b::failureToleranceCount);
    p.failureTolerancePercentage().ifPresent(b::failureTolerancePercentage);
    p.maxConcurrentCount().ifPresent(b::maxConcurrentCount);
    p.maxConcurrentPercentage().ifPresent(b::maxConcurrentPercentage);
    p.concurrencyMode().ifPresent(b::concurrencyMode);
    return b.build();
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
