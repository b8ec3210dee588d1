package dev.airgap.generator;

import dev.airgap.generator.verify.VerifyReport;
import dev.airgap.model.validate.Findings;
import java.util.Optional;

/**
 * What proving a model produced: every finding compile would report, and verify's full report
 * (proof table, assumptions) when the model got as far as templates.
 *
 * @param findings model, template and verify findings, located in the model
 * @param report the proof; empty when the model or its templates have errors, or verify could not
 *     run
 */
public record ProofResult(Findings findings, Optional<VerifyReport> report) {}
