package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.maven.ModelCompiler;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class against one {@code moto_server} of its own: started once per class, reset before
 * each test so tests never see each other's state, with the real SDK clients counting every call.
 */
abstract class AgainstMoto {
  static MotoServer moto;

  final CallCounter counter = new CallCounter();
  AwsClients clients;
  @TempDir Path dir;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
  }

  @AfterAll
  static void stopMoto() {
    if (moto != null) {
      moto.close();
    }
  }

  @BeforeEach
  void connect() throws IOException {
    moto.reset();
    clients = moto.clients(counter);
  }

  @AfterEach
  void closeClients() {
    clients.close();
  }

  /** A deployer over the moto clients that polls and backs off in milliseconds, not seconds. */
  Deployer deployer(Set<String> confirmed, Consumer<DeployEvent> events) {
    OperationPoller poller =
        new OperationPoller(
            clients.stackSets(),
            Clock.systemUTC(),
            Sleeper.system(),
            new OperationPoller.Settings(
                Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMinutes(2)));
    return new Deployer(
        clients.stackSets(),
        clients.organization(),
        clients.keyAliases(),
        poller,
        Sleeper.system(),
        new Deployer.Settings(confirmed, 4, 3, 3, Duration.ofMillis(100)),
        events);
  }

  /** As above, with nothing confirmed and the events dropped. */
  Deployer deployer() {
    return deployer(Set.of(), e -> {});
  }

  /**
   * examples/basic/airgap.yaml with the ids of the moto organization, edited by {@code edit},
   * compiled (with no error) and written into a fresh directory as airgap:generate writes it.
   */
  DeployInput compileBasic(MotoOrg org, UnaryOperator<String> edit) throws IOException {
    return DeployInput.read(generateBasic(org, edit));
  }

  /** As {@link #compileBasic}, returning the directory the files were written to. */
  Path generateBasic(MotoOrg org, UnaryOperator<String> edit) throws IOException {
    String model =
        Files.readString(Path.of("..", "examples", "basic", "airgap.yaml"))
            .replace("o-a1b2c3d4e5", org.organizationId())
            .replace("111111111111", org.managementAccount())
            .replace("222222222222", org.centralAccount())
            .replace("ou-ab12-backup01", org.backupOu())
            .replace("ou-ab12-workload1", org.workloadsOu());
    var result =
        ModelCompiler.standard()
            .compile("airgap.yaml", edit.apply(model).getBytes(StandardCharsets.UTF_8));
    assertThat(result.findings().hasErrors()).as(result.findings().toString()).isFalse();
    Path out = Files.createTempDirectory(dir, "generated");
    for (var file : result.files()) {
      Path target = out.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.write(target, file.content());
    }
    return out;
  }
}
