/**
 * The validation engine: rules, their metadata and catalog, findings and the validator that locates
 * them. Also the shared knowledge rules use: AWS identifier formats, the AWS cron dialect and the
 * walkers over the model's fields.
 */
package dev.airgap.model.validate;
