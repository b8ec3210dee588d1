package dev.airgap.generator.policy;

import java.util.List;
import java.util.TreeSet;

/**
 * The evidence bucket's part of {@link ProtectedActions} (evidence.reports): what destroys the
 * reports, what reconfigures the bucket, and the CloudTrail events of both. The bucket policy, the
 * central-account SCP, the tamper rule and the proof (AG6070) all read these lists.
 */
public final class EvidenceActions {
  /**
   * Destroy the evidence the report bucket holds: delete it, its policy, an object or an object
   * version, or set a lifecycle that expires them; to keep objects, S3 says to deny exactly {@code
   * s3:DeleteObject}, {@code s3:DeleteObjectVersion} and {@code s3:PutLifecycleConfiguration}
   * (docs/aws-facts.md §19.4).
   */
  private static final List<String> EVIDENCE_DESTRUCTION =
      sorted(
          "s3:DeleteBucket",
          "s3:DeleteBucketPolicy",
          "s3:DeleteObject",
          "s3:DeleteObjectVersion",
          "s3:PutLifecycleConfiguration");

  /** What CloudFormation calls to update the report bucket and its policy. */
  private static final List<String> EVIDENCE_CONFIGURATION =
      sorted(
          "s3:PutBucketOwnershipControls",
          "s3:PutBucketPolicy",
          "s3:PutBucketPublicAccessBlock",
          "s3:PutBucketVersioning",
          "s3:PutEncryptionConfiguration");

  private EvidenceActions() {}

  /** Destroy the report bucket or the reports in it (admins only). */
  public static List<String> evidenceDestruction() {
    return EVIDENCE_DESTRUCTION;
  }

  /**
   * The CloudTrail management events of the report bucket's destruction and reconfiguration (S3
   * bucket-level events; object deletes are data events no default trail records, docs/aws-facts.md
   * §19.4).
   */
  public static List<String> evidenceEventNames() {
    return sorted(
        "DeleteBucket",
        "DeleteBucketEncryption",
        "DeleteBucketLifecycle",
        "DeleteBucketOwnershipControls",
        "DeleteBucketPolicy",
        "DeleteBucketPublicAccessBlock",
        "PutBucketEncryption",
        "PutBucketLifecycle",
        "PutBucketOwnershipControls",
        "PutBucketPolicy",
        "PutBucketPublicAccessBlock",
        "PutBucketVersioning");
  }

  /** Reconfigure the report bucket (admins and the deploy role). */
  public static List<String> evidenceConfiguration() {
    return EVIDENCE_CONFIGURATION;
  }

  private static List<String> sorted(String... actions) {
    return List.copyOf(new TreeSet<>(List.of(actions)));
  }
}
