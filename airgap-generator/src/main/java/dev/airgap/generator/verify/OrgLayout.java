package dev.airgap.generator.verify;

import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The organization as far as the model knows it: the management account, the central account and
 * its OU, one synthetic member account per member OU (the model names OUs, not their accounts), the
 * member accounts named directly, and a root. OUs are taken to hang directly under the root; a
 * deeper tree only adds levels whose SCPs airgap does not write.
 */
public final class OrgLayout {
  public static final String OUTSIDE_ACCOUNT = "999999999999";
  public static final String OUTSIDE_ORGANIZATION = "o-outsider00";

  final String organizationId;
  final String managementAccount;
  final String centralAccount;
  final String rootId;
  final List<String> centralPath;

  /** The account of the evidence bucket (the central account unless an audit account is named). */
  final String evidenceAccount;

  /** Its path (root, its OU when the model names one). */
  final List<String> evidencePath;

  /** Member account → its path (root, OU). */
  final Map<String, List<String>> memberAccounts = new LinkedHashMap<>();

  final String partition;

  OrgLayout(AirGapModel model) {
    organizationId = model.organization().id();
    managementAccount = model.organization().managementAccount();
    centralAccount = model.central().account();
    partition = model.organization().partition().yamlName();
    List<String> ids =
        Stream.concat(
                model.members().targets().organizationalUnits().stream(),
                model.protection().scp().targets().organizationalUnits().stream())
            .toList();
    rootId = ids.stream().filter(i -> i.startsWith("r-")).findFirst().orElse("r-0000");
    List<String> cp = new ArrayList<>(List.of(rootId));
    model.central().organizationalUnit().filter(o -> !o.startsWith("r-")).ifPresent(cp::add);
    centralPath = List.copyOf(cp);
    evidenceAccount =
        model.reports().map(r -> r.bucketAccountOr(centralAccount)).orElse(centralAccount);
    List<String> ep = new ArrayList<>(List.of(rootId));
    model
        .reports()
        .flatMap(dev.airgap.model.Evidence.Reports::bucketOrganizationalUnit)
        .filter(o -> !o.startsWith("r-"))
        .ifPresent(ep::add);
    evidencePath = evidenceAccount.equals(centralAccount) ? centralPath : List.copyOf(ep);
    Set<String> taken =
        new TreeSet<>(List.of(managementAccount, centralAccount, evidenceAccount, OUTSIDE_ACCOUNT));
    taken.addAll(model.sharedWithAccounts());
    model.recoveryOrganization().ifPresent(r -> taken.add(r.managementAccount()));
    model.organization().delegatedAdminAccount().ifPresent(taken::add);
    long next = 100000000001L;
    for (String ou : new TreeSet<>(model.members().targets().organizationalUnits())) {
      while (taken.contains(String.valueOf(next))) {
        next++;
      }
      String account = String.valueOf(next++);
      taken.add(account);
      memberAccounts.put(account, ou.startsWith("r-") ? List.of(rootId) : List.of(rootId, ou));
    }
    for (String account : new TreeSet<>(model.members().targets().accounts())) {
      memberAccounts.put(account, List.of(rootId));
    }
  }

  /** The synthetic account standing for the accounts of an OU. */
  String accountOfOu(String ou) {
    return memberAccounts.entrySet().stream()
        .filter(
            e ->
                e.getValue().get(e.getValue().size() - 1).equals(ou.startsWith("r-") ? rootId : ou))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
