package dev.airgap.maven.deploy;

import dev.airgap.maven.deploy.aws.AwsClients;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class against one {@code moto_server} of its own: started once per class, reset before
 * each test so tests never see each other's state, with the real SDK clients counting every call.
 */
abstract class AgainstMoto {
  static MotoServer moto;

  final CallCounter counter = new CallCounter();
  AwsClients clients;

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
}
