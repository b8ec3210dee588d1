package dev.airgap.generator.units;

import dev.airgap.generator.cfn.Template;

/** One template a unit renders and the id it is deployed under. */
public record UnitTemplate(UnitId unitId, Template template) {}
