package dev.airgap.maven;

import java.nio.file.Path;

/** How paths appear in messages: relative to the project directory, with {@code /}. */
final class Display {
  private Display() {}

  static String relative(Path basedir, Path path) {
    Path base = basedir.toAbsolutePath().normalize();
    Path target = path.toAbsolutePath().normalize();
    String shown;
    try {
      // Inside the project: "templates"; next to it: "../../templates" (still short and clickable).
      shown =
          base.getRoot() != null && base.getRoot().equals(target.getRoot())
              ? base.relativize(target).toString()
              : target.toString();
    } catch (IllegalArgumentException e) {
      shown = target.toString();
    }
    shown = shown.replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
