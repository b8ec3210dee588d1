package dev.airgap.maven.deploy.aws;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts API calls by operation (once per call, retries not included), so a goal can say how many
 * mutated.
 */
final class CallTally implements ExecutionInterceptor {
  private final Map<String, Integer> counts = new TreeMap<>();

  @Override
  public synchronized void beforeExecution(
      Context.BeforeExecution context, ExecutionAttributes attributes) {
    counts.merge(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), 1, Integer::sum);
  }

  synchronized Map<String, Integer> counts() {
    return new TreeMap<>(counts);
  }

  static boolean isMutating(String operation) {
    return !(operation.startsWith("Describe")
        || operation.startsWith("List")
        || operation.startsWith("Get"));
  }
}
