package dev.airgap.maven.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every SDK call (once per call, not per retry) by operation name and the stack set or
 * stack it names, so tests can assert on mutating calls and the benchmark can count calls per unit.
 */
final class CallCounter implements ExecutionInterceptor {
  record Call(String operation, String target, String operationId) {
    Call(String operation, String target) {
      this(operation, target, "");
    }

    /**
     * Equal when operation and target are: the id is evidence for tests that ask for it, not
     * identity.
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Call c && c.operation.equals(operation) && c.target.equals(target);
    }

    @Override
    public int hashCode() {
      return operation.hashCode() * 31 + target.hashCode();
    }

    boolean isMutating() {
      return !(operation.startsWith("Describe")
          || operation.startsWith("List")
          || operation.startsWith("Get"));
    }
  }

  private final List<Call> calls = new CopyOnWriteArrayList<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    String target =
        context
            .request()
            .getValueForField("StackSetName", String.class)
            .or(() -> context.request().getValueForField("StackName", String.class))
            .orElse("");
    calls.add(
        new Call(
            op,
            target,
            context.request().getValueForField("OperationId", String.class).orElse("")));
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  /** The OperationIds sent with {@code operation}, in call order. */
  List<String> operationIds(String operation) {
    return calls.stream()
        .filter(c -> c.operation().equals(operation))
        .map(Call::operationId)
        .toList();
  }

  void clear() {
    calls.clear();
  }

  List<Call> mutating() {
    return calls.stream().filter(Call::isMutating).toList();
  }

  /**
   * target → operation → count, sorted; calls that name no stack or stack set are under
   * "(organization)".
   */
  Map<String, Map<String, Integer>> byTarget() {
    Map<String, Map<String, Integer>> out = new TreeMap<>();
    for (Call c : calls) {
      out.computeIfAbsent(
              c.target().isEmpty() ? "(organization)" : c.target(), k -> new TreeMap<>())
          .merge(c.operation(), 1, Integer::sum);
    }
    return out;
  }
}
