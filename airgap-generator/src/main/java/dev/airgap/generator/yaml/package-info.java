/**
 * Canonical YAML rendering of templates (the determinism contract, style.md §5) and reading back.
 */
package dev.airgap.generator.yaml;
