package dev.airgap.maven.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What discovery found: the organization, its management account and the tree under its root.
 *
 * @param root the root, as a node whose name is {@code Root}
 */
public record DiscoveredOrganization(String id, String managementAccountId, Node root) {

  /** A root or OU with its accounts and child OUs, in the order the API listed them. */
  public record Node(
      String id, String name, List<OrganizationTree.Member> accounts, List<Node> children) {
    public Node {
      accounts = List.copyOf(accounts);
      children = List.copyOf(children);
    }
  }

  /** Every OU (the root excluded), depth first. */
  public List<Node> organizationalUnits() {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    out.remove(0);
    return out;
  }

  /** The OU (or root) that directly holds the account. */
  public Optional<Node> parentOf(String accountId) {
    List<Node> all = new ArrayList<>();
    collect(root, all);
    return all.stream()
        .filter(n -> n.accounts().stream().anyMatch(a -> a.id().equals(accountId)))
        .findFirst();
  }

  /** Every account with the node that holds it. */
  public List<Placed> accounts() {
    List<Node> all = new ArrayList<>();
    collect(root, all);
    List<Placed> out = new ArrayList<>();
    for (Node n : all) {
      n.accounts().forEach(a -> out.add(new Placed(a, n)));
    }
    return out;
  }

  /** An account and its parent. */
  public record Placed(OrganizationTree.Member account, Node parent) {}

  private static void collect(Node node, List<Node> out) {
    out.add(node);
    node.children().forEach(c -> collect(c, out));
  }

  /**
   * Walks the organization with read calls only: DescribeOrganization, ListRoots, then
   * ListOrganizationalUnitsForParent and ListAccountsForParent for the root and every OU.
   */
  public static DiscoveredOrganization discover(OrganizationTree tree) {
    OrganizationTree.Description d = tree.describe();
    List<String> roots = tree.rootIds();
    if (roots.isEmpty()) {
      throw new IllegalStateException("ListRoots returned no root");
    }
    // An organization has exactly one root (Organizations API ListRoots).
    return new DiscoveredOrganization(
        d.id(), d.managementAccountId(), node(tree, roots.get(0), "Root", 0));
  }

  // Organizations allows OUs five levels deep under the root; the bound keeps a looping fake
  // finite.
  private static final int MAX_DEPTH = 5;

  private static Node node(OrganizationTree tree, String id, String name, int depth) {
    List<Node> children = new ArrayList<>();
    if (depth < MAX_DEPTH) {
      for (OrganizationTree.Unit u : tree.organizationalUnits(id)) {
        children.add(node(tree, u.id(), u.name(), depth + 1));
      }
    }
    return new Node(id, name, tree.accounts(id), children);
  }
}
