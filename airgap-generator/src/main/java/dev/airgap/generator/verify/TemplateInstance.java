package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One stack instance of a generated template: the template as written plus where it runs, which
 * fixes {@code AWS::AccountId}, {@code AWS::Region} and {@code AWS::Partition}.
 *
 * @param file template file name
 * @param root the template tree (long-form intrinsics, as airgap writes them)
 * @param account the account of the instance
 * @param region the region of the instance
 * @param partition e.g. {@code aws}
 */
public record TemplateInstance(
    String file, JsonNode root, String account, String region, String partition) {

  public JsonNode resources() {
    return root.path("Resources");
  }

  /** Where a statement of this instance is printed: file plus account/region. */
  public String where() {
    return file + " in " + account + "/" + region;
  }
}
