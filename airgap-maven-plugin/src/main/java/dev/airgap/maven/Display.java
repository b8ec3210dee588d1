package dev.airgap.maven;

import java.nio.file.Path;

/** How paths appear in messages: relative to the project directory when inside it, with {@code /}. */
final class Display {
  private Display() {}

  static String relative(Path basedir, Path path) {
    Path base = basedir.toAbsolutePath().normalize();
    Path target = path.toAbsolutePath().normalize();
    String shown = target.startsWith(base) ? base.relativize(target).toString() : target.toString();
    shown = shown.replace('\\', '/');
    return shown.isEmpty() ? "." : shown;
  }
}
