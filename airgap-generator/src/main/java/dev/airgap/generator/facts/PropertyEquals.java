package dev.airgap.generator.facts;

/**
 * A condition on one resource: its top-level {@code property} is the text {@code value}. Some facts
 * hold only for one kind of a type, e.g. an {@code AWS::Organizations::Policy} of type {@code
 * BACKUP_POLICY}.
 */
public record PropertyEquals(String property, String value) {}
