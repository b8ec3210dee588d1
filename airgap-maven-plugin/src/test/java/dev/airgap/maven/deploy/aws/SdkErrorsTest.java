package dev.airgap.maven.deploy.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.airgap.maven.deploy.CallAs;
import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.CloudCallException.Kind;
import dev.airgap.maven.deploy.InstanceTargets;
import dev.airgap.maven.deploy.OperationPreferences;
import dev.airgap.maven.deploy.StackSetSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@link SdkErrors} through the real SDK clients: a loopback HTTP stub answers every request with
 * one AWS error document (query-protocol XML for CloudFormation, JSON 1.1 for Organizations), the
 * way the services answer, so the SDK builds its own exception and the mapping sees what it will
 * see against AWS. moto cannot produce these errors; the fake raises them above this layer.
 */
class SdkErrorsTest {
  private HttpServer server;
  private AwsClients clients;

  /** What the stub answers next: status, content type, body. */
  private volatile String[] answer;

  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
          requests.add(
              target != null
                  ? target
                  : new String(body, StandardCharsets.UTF_8)
                      .replaceAll("^Action=([A-Za-z]+).*$", "$1"));
          byte[] out = answer[2].getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", answer[1]);
          exchange.getResponseHeaders().add("x-amzn-RequestId", "req-stub-1");
          exchange.sendResponseHeaders(Integer.parseInt(answer[0]), out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    clients =
        new AwsClients(
            new AwsClients.Settings(
                "eu-west-1",
                Optional.of(endpoint),
                Optional.empty(),
                Optional.empty(),
                Optional.of(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("testing", "testing"))),
                List.of(),
                2));
  }

  @AfterEach
  void stop() {
    clients.close();
    server.stop(0);
  }

  private void cfnError(int status, String code, String message) {
    answer =
        new String[] {
          Integer.toString(status),
          "text/xml",
          """
        <ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
          <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
          <RequestId>req-stub-1</RequestId>
        </ErrorResponse>
        """
              .formatted(code, message)
        };
  }

  private void orgError(int status, String type, String message) {
    answer =
        new String[] {
          Integer.toString(status),
          "application/x-amz-json-1.1",
          "{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}"
        };
  }

  private static final StackSetSpec SPEC =
      new StackSetSpec(
          "airgap-member-baseline", "Resources: {}\n", Map.of(), List.of(), true, true);

  private CloudCallException update() {
    return catchThrowableOfType(
        CloudCallException.class,
        () ->
            clients
                .stackSets()
                .updateStackSet(SPEC, OperationPreferences.none(), CallAs.SELF, "airgap-op-1"));
  }

  @Test
  @DisplayName(
      "OperationInProgressException: OPERATION_IN_PROGRESS with the operation, code and request id")
  void operationInProgress() {
    cfnError(
        409,
        "OperationInProgressException",
        "Another Operation on StackSet airgap-member-baseline is in progress");

    CloudCallException e = update();

    assertThat(e.kind()).isEqualTo(Kind.OPERATION_IN_PROGRESS);
    assertThat(e.operation()).isEqualTo("UpdateStackSet");
    assertThat(e.errorCode()).isEqualTo("OperationInProgressException");
    assertThat(e.requestId()).isEqualTo("req-stub-1");
    assertThat(e.getMessage())
        .isEqualTo(
            "UpdateStackSet: OperationInProgressException: Another Operation on StackSet "
                + "airgap-member-baseline is in progress");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  @DisplayName("OperationIdAlreadyExistsException: OPERATION_ID_EXISTS")
  void operationIdExists() {
    cfnError(
        409, "OperationIdAlreadyExistsException", "The operation id airgap-op-1 already exists");

    CloudCallException e =
        catchThrowableOfType(
            CloudCallException.class,
            () ->
                clients
                    .stackSets()
                    .createStackInstances(
                        "airgap-member-baseline",
                        new InstanceTargets(List.of("ou-ab12-members1"), List.of(), "NONE"),
                        List.of("eu-west-1"),
                        java.util.Map.of(),
                        OperationPreferences.none(),
                        CallAs.SELF,
                        "airgap-op-1"));

    assertThat(e.kind()).isEqualTo(Kind.OPERATION_ID_EXISTS);
    assertThat(e.operation()).isEqualTo("CreateStackInstances");
  }

  @Test
  @DisplayName(
      "Throttling: retried by the SDK first (maxAttempts 2), then THROTTLED, which the deployer retries")
  void throttling() {
    cfnError(400, "Throttling", "Rate exceeded");

    CloudCallException e = update();

    assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
    assertThat(e.isRetryable()).isTrue();
    assertThat(requests).containsExactly("UpdateStackSet", "UpdateStackSet");
  }

  @Test
  @DisplayName("not found: a missing stack set, operation or stack is empty, not an error")
  void notFound() {
    cfnError(404, "StackSetNotFoundException", "StackSet airgap-member-baseline not found");
    assertThat(clients.stackSets().describeStackSet("airgap-member-baseline", CallAs.SELF))
        .isEmpty();

    cfnError(404, "OperationNotFoundException", "Operation airgap-op-1 not found");
    assertThat(
            clients
                .stackSets()
                .describeOperation("airgap-member-baseline", "airgap-op-1", CallAs.SELF))
        .isEmpty();

    // facts §9: a missing stack is a ValidationError "... does not exist"
    cfnError(400, "ValidationError", "Stack with id airgap-management does not exist");
    assertThat(clients.stackSets().describeStack("eu-west-1", "airgap-management")).isEmpty();
  }

  @Test
  @DisplayName("StackSetNotFoundException on a mutating call is NOT_FOUND")
  void notFoundOnUpdate() {
    cfnError(404, "StackSetNotFoundException", "StackSet airgap-member-baseline not found");

    assertThat(update().kind()).isEqualTo(Kind.NOT_FOUND);
  }

  @Test
  @DisplayName("AccessDenied (403) is ACCESS_DENIED, for CloudFormation and Organizations")
  void accessDenied() {
    cfnError(
        403,
        "AccessDenied",
        "User: arn:aws:sts::111111111111:assumed-role/x is not authorized to perform: cloudformation:UpdateStackSet");
    assertThat(update().kind()).isEqualTo(Kind.ACCESS_DENIED);

    orgError(400, "AccessDeniedException", "You don't have permissions to access this resource.");
    CloudCallException e =
        catchThrowableOfType(
            CloudCallException.class,
            () -> clients.organization().accountsUnder("ou-ab12-members1"));
    assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
    assertThat(e.errorCode()).isEqualTo("AccessDeniedException");
  }

  @Test
  @DisplayName(
      "Organizations ParentNotFoundException is NOT_FOUND (the deployer notes the OU and goes on)")
  void parentNotFound() {
    orgError(
        400,
        "ParentNotFoundException",
        "We can't find a root or OU with the ParentId that you specified.");

    CloudCallException e =
        catchThrowableOfType(
            CloudCallException.class,
            () -> clients.organization().accountsUnder("ou-ab12-gone0001"));

    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
  }

  @Test
  @DisplayName("Organizations TooManyRequestsException is THROTTLED")
  void organizationsThrottling() {
    orgError(
        400,
        "TooManyRequestsException",
        "AWS Organizations can't complete your request because another request is already in progress.");

    CloudCallException e =
        catchThrowableOfType(
            CloudCallException.class,
            () -> clients.organization().accountsUnder("ou-ab12-members1"));

    assertThat(e.kind()).isEqualTo(Kind.THROTTLED);
  }

  @Test
  @DisplayName(
      "HTTP 500 and a proxy's HTML error page are UNAVAILABLE (an emulator that cannot answer), StaleRequest and ValidationError keep their kinds")
  void unavailableAndOthers() {
    cfnError(500, "InternalFailure", "internal error");
    assertThat(update().kind()).isEqualTo(Kind.UNAVAILABLE);

    answer = new String[] {"502", "text/html", "<html><body>Bad Gateway</body></html>"};
    assertThat(update().kind()).isEqualTo(Kind.UNAVAILABLE);

    cfnError(400, "StaleRequestException", "Another Operation on StackSet happened in between");
    assertThat(update().kind()).isEqualTo(Kind.STALE_REQUEST);

    cfnError(400, "ValidationError", "Template format error: unsupported structure.");
    assertThat(update().kind()).isEqualTo(Kind.INVALID);
  }
}
