/**
 * The deployment manifest ({@code airgap-manifest.json}): the contract between generate and deploy.
 */
package dev.airgap.generator.manifest;
