package dev.airgap.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.cfn.Resource;

/**
 * One resource of one generated template, as the template rules see it. The properties are rendered
 * to a tree once per compile, not once per rule.
 *
 * @param template the template holding the resource
 * @param logicalId the resource's logical id
 * @param resource the typed resource
 * @param properties its properties as written ({@code TemplateWriter.node})
 */
public record TemplateResource(
    GeneratedTemplate template, String logicalId, Resource resource, JsonNode properties) {}
