package dev.airgap.model;

/** A resource tag. */
public record Tag(String key, String value) {}
