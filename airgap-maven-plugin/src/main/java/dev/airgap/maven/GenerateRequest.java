package dev.airgap.maven;

import java.nio.file.Path;

/**
 * Everything {@code generate} needs, checked.
 *
 * @param model the model
 * @param outputDirectory where the files go
 * @param outputDisplay how messages name it, e.g. {@code templates}
 * @param check compare only, write nothing
 */
public record GenerateRequest(
    ModelSource model, Path outputDirectory, String outputDisplay, boolean check) {}
