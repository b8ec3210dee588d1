package dev.airgap.maven.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts {@code moto_server} (design.md "Real components in tests") on a free loopback port and
 * stops it. A missing {@code moto_server} fails the test with the install command: never a silent
 * skip.
 */
final class MotoServer implements AutoCloseable {
  static final String INSTALL = "python3 -m pip install 'moto[server]>=5,<6'";

  private final Process process;
  private final URI endpoint;

  private MotoServer(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static MotoServer start() {
    Path exe = onPath("moto_server");
    if (exe == null) {
      fail("moto_server is not on the PATH; install it with: " + INSTALL);
    }
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      Path log = Files.createDirectories(Path.of("target")).resolve("moto-" + port + ".log");
      Process p =
          new ProcessBuilder(exe.toString(), "-p", Integer.toString(port), "-H", "127.0.0.1")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      URI endpoint = URI.create("http://127.0.0.1:" + port);
      MotoServer server = new MotoServer(p, endpoint);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (Instant.now().isBefore(deadline)) {
        if (!p.isAlive()) {
          fail(
              "moto_server exited with "
                  + p.exitValue()
                  + "; see "
                  + log.toAbsolutePath()
                  + " (install: "
                  + INSTALL
                  + ")");
        }
        if (server.answers()) {
          return server;
        }
        Thread.sleep(100);
      }
      server.close();
      fail(
          "moto_server did not answer on "
              + endpoint
              + " within 60 s; see "
              + log.toAbsolutePath());
      return null;
    } catch (IOException e) {
      fail("cannot start moto_server: " + e + " (install: " + INSTALL + ")");
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI endpoint() {
    return endpoint;
  }

  /**
   * airgap's SDK clients pointed at this server with moto's test credentials, in {@link
   * MotoOrg#REGION}, each call passing through {@code interceptors} (call counters).
   */
  dev.airgap.maven.deploy.aws.AwsClients clients(
      software.amazon.awssdk.core.interceptor.ExecutionInterceptor... interceptors) {
    return new dev.airgap.maven.deploy.aws.AwsClients(
        new dev.airgap.maven.deploy.aws.AwsClients.Settings(
            MotoOrg.REGION,
            java.util.Optional.of(endpoint),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.of(
                software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        "testing", "testing"))),
            java.util.List.of(interceptors),
            3));
  }

  /** Forgets every resource (moto's own reset API), so each test starts from an empty account. */
  void reset() throws IOException {
    HttpURLConnection c =
        (HttpURLConnection) endpoint.resolve("/moto-api/reset").toURL().openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.getOutputStream().close();
    if (c.getResponseCode() != 200) {
      throw new IOException("moto reset answered " + c.getResponseCode());
    }
  }

  private boolean answers() {
    try {
      HttpURLConnection c =
          (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(2000);
      return c.getResponseCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
