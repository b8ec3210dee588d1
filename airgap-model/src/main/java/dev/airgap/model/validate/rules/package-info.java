/**
 * One class per semantic rule (AG1xxx organization and references, AG2xxx vaults, retention and
 * locks, AG3xxx keys, AG4xxx names, schedules and AWS limits). Only rules live here: a test fails
 * when a class of this package is missing from {@link dev.airgap.model.validate.RuleCatalog}.
 */
package dev.airgap.model.validate.rules;
