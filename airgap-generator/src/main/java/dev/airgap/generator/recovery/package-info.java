/**
 * The recovery organization's output set ({@code recovery-organization/}): its templates, its own
 * manifest and the runbook of who deploys what, in which order, with which credentials.
 */
package dev.airgap.generator.recovery;
