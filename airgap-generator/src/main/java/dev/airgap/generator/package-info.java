/**
 * The generator's entry point: {@link dev.airgap.generator.AirGapCompiler} validates a read model
 * and, without errors, renders every unit's template, the deployment manifest and the architecture
 * picture, then checks the templates. No Maven or AWS SDK types here.
 */
package dev.airgap.generator;
