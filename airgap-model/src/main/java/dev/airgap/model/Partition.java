package dev.airgap.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The AWS partition the organization lives in. An organization never spans partitions, so every
 * region of the model must belong to this one (docs/aws-facts.md §1.4, botocore partitions.json).
 */
public enum Partition implements YamlEnum {
  AWS(
      "aws",
      "us-east-1",
      "^(us|eu|ap|sa|ca|me|af|il|mx)-\\w+-\\d+$",
      List.of(
          "af-south-1",
          "ap-east-1",
          "ap-east-2",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ap-south-1",
          "ap-south-2",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-4",
          "ap-southeast-5",
          "ap-southeast-6",
          "ap-southeast-7",
          "ca-central-1",
          "ca-west-1",
          "eu-central-1",
          "eu-central-2",
          "eu-north-1",
          "eu-south-1",
          "eu-south-2",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "il-central-1",
          "me-central-1",
          "me-south-1",
          "mx-central-1",
          "sa-east-1",
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2")),
  AWS_CN("aws-cn", "cn-north-1", "^cn-\\w+-\\d+$", List.of("cn-north-1", "cn-northwest-1")),
  AWS_US_GOV(
      "aws-us-gov",
      "us-gov-west-1",
      "^us-gov-\\w+-\\d+$",
      List.of("us-gov-east-1", "us-gov-west-1"));

  private final String yamlName;
  private final String globalEventsRegion;
  private final Pattern regionPattern;
  private final List<String> knownRegions;

  Partition(
      String yamlName, String globalEventsRegion, String regionPattern, List<String> knownRegions) {
    this.yamlName = yamlName;
    this.globalEventsRegion = globalEventsRegion;
    this.regionPattern = Pattern.compile(regionPattern);
    this.knownRegions = List.copyOf(knownRegions);
  }

  @Override
  public String yamlName() {
    return yamlName;
  }

  /**
   * The region where CloudTrail records the events of global services (IAM, STS's global endpoint,
   * Organizations), and so the only region whose EventBridge default bus sees them
   * (docs/aws-facts.md §13.6).
   */
  public String globalEventsRegion() {
    return globalEventsRegion;
  }

  /** Regions known to exist in this partition when this release was made, sorted. */
  public List<String> knownRegions() {
    return knownRegions;
  }

  /** Whether the name has this partition's region shape (a newer region may not be known yet). */
  public boolean hasRegionShape(String region) {
    return regionPattern.matcher(region).matches();
  }
}
