package dev.airgap.maven.deploy;

/**
 * A failed call through {@link StackSets} or {@link Organization}. Carries data, not sentences
 * (style.md §2): the plugin writes the words.
 */
public final class CloudCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, in terms the deployer can act on. */
  public enum Kind {
    /** Rate exceeded; retry with backoff (facts §9: the SDK retries these first). */
    THROTTLED,
    /** Another operation runs on the stack set (facts §8.5). */
    OPERATION_IN_PROGRESS,
    /** The OperationId was used before (facts §8.5). */
    OPERATION_ID_EXISTS,
    /** A stack set of that name exists already. */
    NAME_EXISTS,
    /** The stack set, stack, operation, OU or account does not exist. */
    NOT_FOUND,
    /** Another operation happened in between (facts §8.5). */
    STALE_REQUEST,
    /** Access denied. */
    ACCESS_DENIED,
    /**
     * The endpoint cannot answer this call (HTTP 5xx, unparsable answer, not implemented in an
     * emulator).
     */
    UNAVAILABLE,
    /** The request was rejected as invalid. */
    INVALID,
    /** Anything else. */
    OTHER
  }

  private final Kind kind;
  private final String operation;
  private final String errorCode;
  private final String requestId;

  public CloudCallException(
      Kind kind,
      String operation,
      String errorCode,
      String requestId,
      String message,
      Throwable cause) {
    super(operation + ": " + errorCode + ": " + message, cause);
    this.kind = kind;
    this.operation = operation;
    this.errorCode = errorCode;
    this.requestId = requestId;
  }

  public CloudCallException(Kind kind, String operation, String message) {
    this(kind, operation, kind.name(), "", message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The API operation, e.g. {@code CreateStackInstances}. */
  public String operation() {
    return operation;
  }

  public String errorCode() {
    return errorCode;
  }

  /** The AWS request id, empty when unknown. */
  public String requestId() {
    return requestId;
  }

  public boolean isRetryable() {
    return kind == Kind.THROTTLED;
  }
}
