/**
 * Reading airgap.yaml: a positioned YAML tree, strict binding into the model records, and the
 * AG0xxx findings for everything that cannot be read or bound. Nothing here throws on bad input.
 */
package dev.airgap.model.io;
