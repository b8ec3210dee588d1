/** Renderings of findings and rule metadata: human text, JSON, SARIF and the rules document. */
package dev.airgap.model.validate.report;
