package dev.airgap.model.validate;

import java.util.regex.Pattern;

/** Identifier and name formats AWS enforces, with their sources (docs/aws-facts.md §1). */
public final class AwsFormats {
  private AwsFormats() {}

  /** Account id: 12 digits, kept as text (docs/aws-facts.md §1.1, Organizations API AccountId). */
  public static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");

  /** OU id (docs/aws-facts.md §1.1, Organizations API OrganizationalUnitId). */
  public static final Pattern OU_ID = Pattern.compile("^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$");

  /** Root id (docs/aws-facts.md §1.1, Organizations API RootId). */
  public static final Pattern ROOT_ID = Pattern.compile("^r-[0-9a-z]{4,32}$");

  /** Organization id (docs/aws-facts.md §1.1, Organizations API OrganizationId). */
  public static final Pattern ORGANIZATION_ID = Pattern.compile("^o-[a-z0-9]{10,32}$");

  /**
   * Backup vault name, standard and logically air-gapped (docs/aws-facts.md §1.2, BackupVaultName).
   */
  public static final Pattern VAULT_NAME = Pattern.compile("^[a-zA-Z0-9\\-_]{2,50}$");

  /** Backup plan and rule name (docs/aws-facts.md §1.2, BackupRuleName). */
  public static final Pattern PLAN_NAME = Pattern.compile("^[a-zA-Z0-9\\-_.]{1,50}$");

  /** StackSet name (docs/aws-facts.md §1.2, CloudFormation CreateStackSetInput). */
  public static final Pattern STACK_SET_NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9\\-]{0,127}$");

  /** IAM role name: 1–64 of letters, digits and {@code +=,.@_-} (IAM API CreateRole RoleName). */
  public static final Pattern IAM_ROLE_NAME = Pattern.compile("^[\\w+=,.@-]{1,64}$");

  /** A plausible e-mail address: one {@code @}, no spaces, a dot in the domain. */
  public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

  /**
   * Whether the text is an OU id or a root id (StackSet OU targets accept both, docs/aws-facts.md
   * §1.1).
   */
  public static boolean isOuOrRoot(String id) {
    return OU_ID.matcher(id).matches() || ROOT_ID.matcher(id).matches();
  }
}
