package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AG2207: every key admin is a role of the key account, named exactly. */
public final class KeyAdminShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2207",
          Severity.ERROR,
          "A key admin is not a role of the key account",
          "A key policy Principal names exact principals, never patterns, and only a principal of the key account can administer its key without an IAM policy of another account deciding (docs/aws-facts.md §5.1, §13 #13); a role elsewhere would put the key back under another account's administrators.",
          "Write each key admin as arn:<partition>:iam::<key account>:role/<name>, without wildcards.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    String account = KeyAccountIsCentral.keyAccount(model);
    if (account.isEmpty() || !context.isUsable("/central/key/admins")) {
      return;
    }
    String partition = model.organization().partition().yamlName();
    List<String> admins = model.central().key().keyAccount().orElseThrow().admins();
    for (int i = 0; i < admins.size(); i++) {
      Matcher m = ROLE.matcher(admins.get(i));
      if (!m.matches() || !m.group(1).equals(partition) || !m.group(2).equals(account)) {
        context.report(
            "/central/key/admins/" + i,
            "'" + admins.get(i) + "' is not a role ARN of the key account " + account,
            "write arn:" + partition + ":iam::" + account + ":role/<name>, without wildcards");
      }
    }
  }

  private static final Pattern ROLE =
      Pattern.compile("^arn:([a-z-]+):iam::(\\d{12}):role/[\\w+=,.@/-]+$");
}
