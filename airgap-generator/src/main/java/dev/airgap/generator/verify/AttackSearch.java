package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Shortest chains of calls from an attacker position to each goal. A state is who the attacker
 * currently is plus which layers it has already rewritten (vault policy, key policy, governance
 * lock); a move is "become a principal an exemption names" (create or re-trust a matching role, an
 * Identity Center permission set, a stack set operation) or "rewrite a layer". Uniform-cost search
 * on the number of calls, so the first chain found for a goal is a shortest one.
 */
final class AttackSearch {
  private static final int MAX_CALLS = 9;

  private final World world;
  private final Configuration config;
  private final Layers base;

  AttackSearch(World world, Configuration config) {
    this.world = world;
    this.config = config;
    this.base = new Layers(world.scps, world.org.managementAccount, null, false);
  }

  /** What the search found. */
  record Result(Map<Goal, Chain> reached, Map<String, Chain> became) {}

  private record State(Principal who, boolean vaultOpen, boolean keyOpen, boolean lockGone) {}

  private record Node(State state, Chain chain) {}

  Result run(Position position, List<Goal> goals) {
    Map<Goal, Chain> reached = new LinkedHashMap<>();
    Map<String, Chain> became = new LinkedHashMap<>();
    PriorityQueue<Node> queue =
        new PriorityQueue<>(Comparator.comparingInt(n -> n.chain().steps().size()));
    Set<State> seen = new HashSet<>();
    State start = new State(position.start(), false, false, false);
    queue.add(new Node(start, new Chain(position.start(), List.of(), false)));
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      if (!seen.add(node.state())) {
        continue;
      }
      State s = node.state();
      if (!s.who().arn().equals(position.start().arn()) && !became.containsKey(s.who().arn())) {
        became.put(s.who().arn(), node.chain());
      }
      for (Goal g : goals) {
        if (reached.containsKey(g) || !lockPermits(g, s)) {
          continue;
        }
        Decision d = decide(s, g.call().action(), g.resource(), g.extra());
        if (d.allowed()) {
          reached.put(
              g, node.chain().then(new Step(g.call().action(), g.resource(), d.explain()), false));
        }
      }
      if (node.chain().steps().size() >= MAX_CALLS) {
        continue;
      }
      for (Node next : moves(position, node)) {
        if (!seen.contains(next.state())) {
          queue.add(next);
        }
      }
    }
    return new Result(reached, became);
  }

  /**
   * Vault Lock: nobody deletes or shortens a young point while the lock holds; compliance never
   * goes.
   */
  private boolean lockPermits(Goal g, State s) {
    Configuration.Lock.Mode mode = config.lock().mode();
    String a = g.call().action();
    if (mode == Configuration.Lock.Mode.COMPLIANCE
        && (a.equals("backup:DeleteBackupVaultLockConfiguration")
            || a.equals("backup:PutBackupVaultLockConfiguration"))) {
      return false;
    }
    if (g.youngPoint()) {
      return mode == Configuration.Lock.Mode.NONE
          || mode == Configuration.Lock.Mode.GOVERNANCE && s.lockGone();
    }
    return true;
  }

  Decision decide(State s, String action, String resource, Map<String, List<String>> extra) {
    return decide(s.who(), s.vaultOpen(), s.keyOpen(), action, resource, extra);
  }

  /** One call by one principal, with the layers that govern the resource. */
  Decision decide(
      Principal who,
      boolean vaultOpen,
      boolean keyOpen,
      String action,
      String resource,
      Map<String, List<String>> extra) {
    Layers layers = base;
    String account = accountOf(resource);
    if (resource.equals(config.keyArn())) {
      // A key airgap did not create (central.key.kind existing) is assumed to keep the default
      // key policy; Verifier lists that assumption.
      Policy keyPolicy =
          config.keyPolicy() != null
              ? config.keyPolicy()
              : Policy.defaultKeyPolicy(config.keyArn().split(":")[1], accountOf(config.keyArn()));
      layers = base.withResourcePolicy(keyOpen ? Policy.permissive("key policy") : keyPolicy, true);
    } else if (inVault(resource)) {
      // EC2 snapshot and AMI ARNs carry no account; the vault's account owns its recovery points.
      account = accountOf(config.vaultArn());
      layers =
          base.withResourcePolicy(
              vaultOpen ? Policy.permissive("vault access policy") : config.accessPolicy(), false);
    }
    return PolicyEvaluator.evaluate(new Request(who, action, resource, account, extra), layers);
  }

  private boolean inVault(String resource) {
    if (resource.equals(config.vaultArn())) {
      return true;
    }
    String[] v = config.vaultArn().split(":");
    return RecoveryPointArns.forms(v[1], v[3], v[4]).stream()
        .anyMatch(f -> f.arn().equals(resource));
  }

  static String accountOf(String arn) {
    String[] p = arn.split(":", 6);
    return p.length > 4 ? p[4] : "";
  }

  private List<Node> moves(Position position, Node node) {
    List<Node> out = new ArrayList<>();
    State s = node.state();
    Principal who = s.who();
    String vault = config.vaultArn();
    Map<String, List<String>> none = Map.of();
    // Rewrite a layer, then act: the attacker's own policy replaces the vault's or the key's.
    if (!s.vaultOpen() && config.accessPolicy() != null) {
      Decision d = decide(s, "backup:PutBackupVaultAccessPolicy", vault, none);
      if (d.allowed()) {
        out.add(
            new Node(
                new State(who, true, s.keyOpen(), s.lockGone()),
                node.chain()
                    .then(
                        new Step("backup:PutBackupVaultAccessPolicy", vault, d.explain()), false)));
      }
    }
    if (!s.keyOpen() && config.keyArn() != null) {
      Decision d = decide(s, "kms:PutKeyPolicy", config.keyArn(), none);
      if (d.allowed()) {
        out.add(
            new Node(
                new State(who, s.vaultOpen(), true, s.lockGone()),
                node.chain()
                    .then(new Step("kms:PutKeyPolicy", config.keyArn(), d.explain()), false)));
      }
    }
    if (!s.lockGone() && config.lock().mode() == Configuration.Lock.Mode.GOVERNANCE) {
      Decision d = decide(s, "backup:DeleteBackupVaultLockConfiguration", vault, none);
      if (d.allowed()) {
        out.add(
            new Node(
                new State(who, s.vaultOpen(), s.keyOpen(), true),
                node.chain()
                    .then(
                        new Step(
                            "backup:DeleteBackupVaultLockConfiguration",
                            vault,
                            d.explain() + "; governance lock removed"),
                        false)));
      }
    }
    for (Takeover t : Takeovers.candidates(world, position, who)) {
      Chain c = node.chain();
      boolean ok = true;
      for (Takeover.Call call : t.calls()) {
        if (call.evaluate()) {
          Decision d =
              decide(who, s.vaultOpen(), s.keyOpen(), call.action(), call.resource(), none);
          if (!d.allowed()) {
            ok = false;
            break;
          }
          c = c.then(new Step(call.action(), call.resource(), d.explain()), true);
        } else {
          c = c.then(new Step(call.action(), call.resource(), call.note()), true);
        }
      }
      if (ok) {
        out.add(new Node(new State(t.becomes(), s.vaultOpen(), s.keyOpen(), s.lockGone()), c));
      }
    }
    return out;
  }
}
