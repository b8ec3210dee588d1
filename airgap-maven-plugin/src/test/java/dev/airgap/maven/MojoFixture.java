package dev.airgap.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds mojos the way Maven would configure them with their defaults, for a project in {@code
 * dir}.
 */
final class MojoFixture {
  final Path project;
  final FakeCore core = new FakeCore();
  final RecordingLog log = new RecordingLog();

  MojoFixture(Path project) throws IOException {
    this.project = project;
    Files.writeString(project.resolve("airgap.yaml"), "organization: {}\n", StandardCharsets.UTF_8);
  }

  <T extends AbstractAirGapMojo> T configure(T mojo) {
    // The defaults of the @Parameter annotations (PluginDescriptorTest checks they are these).
    mojo.basedir = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.model = project.resolve("airgap.yaml").toFile();
    mojo.outputDirectory = project.resolve("templates").toFile();
    mojo.compiler = core;
    mojo.setLog(log);
    return mojo;
  }

  GenerateMojo generate() {
    return configure(new GenerateMojo());
  }

  ValidateMojo validate() {
    ValidateMojo mojo = configure(new ValidateMojo());
    mojo.failOn = "error";
    mojo.format = "human";
    mojo.cfnLint = "auto";
    mojo.linter = (dir, templates, prefix) -> java.util.Optional.empty();
    return mojo;
  }

  /** The verify goal runs the real core: what it prints is the proof of the real templates. */
  VerifyMojo verify() {
    VerifyMojo mojo = configure(new VerifyMojo());
    mojo.failOn = "error";
    return mojo;
  }

  DiffMojo diff() {
    DiffMojo mojo = configure(new DiffMojo());
    mojo.format = "plain";
    return mojo;
  }

  String read(String relative) throws IOException {
    return Files.readString(project.resolve(relative), StandardCharsets.UTF_8);
  }
}
