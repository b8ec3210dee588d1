package dev.airgap.generator.verify;

import java.util.List;

/**
 * Every ARN form a recovery point in a central vault can have. A deny that names only the AWS
 * Backup form ({@code ...:backup:R:A:recovery-point:*}) misses the others: AWS Backup keeps EBS and
 * EC2 recovery points as EC2 snapshots and AMIs, RDS/Aurora/Neptune/DocumentDB ones as RDS
 * snapshots, DynamoDB (without advanced features) as table backups, FSx ones as FSx backups,
 * Redshift ones as Redshift snapshots; EFS, S3, advanced DynamoDB, VMware, Timestream and others
 * use the AWS Backup form. Sources: AWS Backup Developer Guide, "Access control" / "ARNs of
 * resources and recovery points"
 * (https://docs.aws.amazon.com/aws-backup/latest/devguide/access-control.html) and the Service
 * Authorization Reference for AWS Backup
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackup.html).
 */
public final class RecoveryPointArns {
  private RecoveryPointArns() {}

  /**
   * One form.
   *
   * @param label short name for messages, e.g. {@code ebs-snapshot}
   * @param arn a concrete ARN of that form in the vault's account and region
   */
  public record Form(String label, String arn) {}

  public static List<Form> forms(String partition, String region, String account) {
    String ra = region + ":" + account;
    return List.of(
        new Form(
            "backup (EFS, S3, advanced DynamoDB, ...)",
            "arn:" + partition + ":backup:" + ra + ":recovery-point:rp-1"),
        new Form(
            "ebs-snapshot",
            "arn:" + partition + ":ec2:" + region + "::snapshot/snap-0123456789abcdef0"),
        new Form(
            "ec2-ami", "arn:" + partition + ":ec2:" + region + "::image/ami-0123456789abcdef0"),
        new Form("rds-snapshot", "arn:" + partition + ":rds:" + ra + ":snapshot:awsbackup:job-1"),
        new Form(
            "aurora-cluster-snapshot",
            "arn:" + partition + ":rds:" + ra + ":cluster-snapshot:awsbackup:job-1"),
        new Form(
            "dynamodb-backup",
            "arn:" + partition + ":dynamodb:" + ra + ":table/t/backup/01234567890123-abcdefgh"),
        new Form(
            "fsx-backup", "arn:" + partition + ":fsx:" + ra + ":backup/backup-0123456789abcdef0"),
        new Form(
            "redshift-snapshot",
            "arn:" + partition + ":redshift:" + ra + ":snapshot:cluster/awsbackup:job-1"));
  }
}
