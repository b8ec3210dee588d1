package dev.airgap.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The model file, read once per goal.
 *
 * @param path where it is
 * @param displayName how findings name it: relative to the project directory ({@code airgap.yaml}),
 *     so that {@code airgap.yaml:12:7} links in IDEs and CI logs
 * @param content its bytes
 */
public record ModelSource(Path path, String displayName, byte[] content) {
  public ModelSource {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * Reads the model; a missing file is the user's mistake, any other I/O problem the environment's.
   */
  static ModelSource read(Path path, Path basedir) {
    try {
      return new ModelSource(path, Display.relative(basedir, path), Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new ModelMissingException(path);
    } catch (IOException e) {
      if (!Files.exists(path)) {
        throw new ModelMissingException(path);
      }
      throw new FileAccessException("read", path, e);
    }
  }
}
