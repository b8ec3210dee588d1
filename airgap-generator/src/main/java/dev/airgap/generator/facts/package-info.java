/**
 * What airgap knows about each CloudFormation resource type it emits, in one table ({@link
 * dev.airgap.generator.facts.ResourceFacts}): create-only properties (read from the bundled
 * official schemas), whether the resource holds data and must be retained, which changes a reviewer
 * must see first, the size limits of the policies it carries, and the organization service access
 * it needs. The diff, the template checks and the plugin's doctor read it, so a new resource type
 * is its schema file plus one row. No Maven or AWS SDK types.
 */
package dev.airgap.generator.facts;
