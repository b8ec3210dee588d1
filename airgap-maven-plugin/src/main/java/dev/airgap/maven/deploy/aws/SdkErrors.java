package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.CloudCallException.Kind;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.AlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.NameAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationIdAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationInProgressException;
import software.amazon.awssdk.services.cloudformation.model.OperationNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StaleRequestException;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnitNotFoundException;
import software.amazon.awssdk.services.organizations.model.ParentNotFoundException;

/**
 * Turns SDK exceptions into {@link CloudCallException}s that carry the operation, code and request
 * id.
 */
final class SdkErrors {
  private SdkErrors() {}

  static <T> T call(String operation, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw map(operation, e);
    }
  }

  static void run(String operation, Runnable call) {
    call(
        operation,
        () -> {
          call.run();
          return null;
        });
  }

  static CloudCallException map(String operation, SdkException e) {
    if (e instanceof AwsServiceException ase) {
      String code =
          ase.awsErrorDetails() != null && ase.awsErrorDetails().errorCode() != null
              ? ase.awsErrorDetails().errorCode()
              : "HTTP " + ase.statusCode();
      String message =
          ase.awsErrorDetails() != null && ase.awsErrorDetails().errorMessage() != null
              ? ase.awsErrorDetails().errorMessage()
              : String.valueOf(ase.getMessage());
      return new CloudCallException(
          kind(ase, code, message),
          operation,
          code,
          ase.requestId() == null ? "" : ase.requestId(),
          message,
          e);
    }
    // Client side: an answer that cannot be parsed (an emulator's HTML error page), or no
    // connection.
    String message = String.valueOf(e.getMessage());
    Kind kind =
        e instanceof SdkClientException
                && (message.contains("Unable to unmarshall") || message.contains("parse"))
            ? Kind.UNAVAILABLE
            : Kind.OTHER;
    return new CloudCallException(
        kind,
        operation,
        kind == Kind.UNAVAILABLE ? "unparsable response" : "client error",
        "",
        message,
        e);
  }

  private static Kind kind(AwsServiceException e, String code, String message) {
    if (e.isThrottlingException()) {
      return Kind.THROTTLED;
    }
    if (e instanceof OperationInProgressException) {
      return Kind.OPERATION_IN_PROGRESS;
    }
    if (e instanceof OperationIdAlreadyExistsException) {
      return Kind.OPERATION_ID_EXISTS;
    }
    if (e instanceof NameAlreadyExistsException || e instanceof AlreadyExistsException) {
      return Kind.NAME_EXISTS;
    }
    if (e instanceof StackSetNotFoundException
        || e instanceof OperationNotFoundException
        || e instanceof StackInstanceNotFoundException
        || e instanceof ChangeSetNotFoundException
        || e instanceof OrganizationalUnitNotFoundException
        || e instanceof AccountNotFoundException
        || e instanceof ParentNotFoundException
        || e instanceof AwsOrganizationsNotInUseException) {
      return Kind.NOT_FOUND;
    }
    if (e instanceof StaleRequestException) {
      return Kind.STALE_REQUEST;
    }
    if (code.contains("AccessDenied") || e.statusCode() == 403) {
      return Kind.ACCESS_DENIED;
    }
    if (e.statusCode() >= 500) {
      return Kind.UNAVAILABLE;
    }
    // facts §9: a missing stack is a ValidationError "... does not exist"
    if (code.equals("ValidationError") && message.contains("does not exist")) {
      return Kind.NOT_FOUND;
    }
    if (code.equals("ValidationError") || code.startsWith("InvalidInput")) {
      return Kind.INVALID;
    }
    return Kind.OTHER;
  }
}
