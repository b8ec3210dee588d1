package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Synthetic "AWS API Call via CloudTrail" events as EventBridge delivers them, one per caller type,
 * with the userIdentity shapes of the CloudTrail userIdentity element
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html)
 * and the envelope of https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html.
 */
final class CloudTrailEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CloudTrailEvents() {}

  /** A caller: CloudTrail type plus the ARN it shows. */
  record Caller(String type, String arn, String account) {
    static Caller root(String partition, String account) {
      return new Caller("Root", "arn:" + partition + ":iam::" + account + ":root", account);
    }

    static Caller user(String partition, String account, String name) {
      return new Caller(
          "IAMUser", "arn:" + partition + ":iam::" + account + ":user/" + name, account);
    }

    static Caller role(String roleArn, String account) {
      return new Caller("AssumedRole", roleArn, account);
    }

    static Caller federated(String partition, String account) {
      return new Caller(
          "FederatedUser", "arn:" + partition + ":iam::" + account + ":user/federator", account);
    }

    static Caller service(String invokedBy) {
      return new Caller("AWSService", invokedBy, "");
    }

    @Override
    public String toString() {
      return type
          + ("AssumedRole".equals(type) ? "(" + arn.substring(arn.lastIndexOf('/') + 1) + ")" : "");
    }
  }

  static String event(
      ThreatCatalog.Call call,
      Caller caller,
      String account,
      String region,
      Map<String, String> requestParameters) {
    ObjectNode e = JSON.createObjectNode();
    e.put("version", "0");
    e.put("id", "00000000-0000-0000-0000-000000000000");
    e.put("detail-type", "AWS API Call via CloudTrail");
    e.put("source", "aws." + call.action().substring(0, call.action().indexOf(':')));
    e.put("account", account);
    e.put("time", "2025-01-01T00:00:00Z");
    e.put("region", region);
    e.putArray("resources");
    ObjectNode d = e.putObject("detail");
    d.put("eventVersion", "1.09");
    ObjectNode u = d.putObject("userIdentity");
    u.put("type", caller.type());
    switch (caller.type()) {
      case "AWSService" -> u.put("invokedBy", caller.arn());
      case "AssumedRole" -> {
        String name = caller.arn().substring(caller.arn().lastIndexOf('/') + 1);
        u.put(
            "arn",
            caller
                .arn()
                .replace(":iam::", ":sts::")
                .replaceFirst(":role/.*", ":assumed-role/" + name + "/s"));
        u.put("accountId", caller.account());
        ObjectNode issuer = u.putObject("sessionContext").putObject("sessionIssuer");
        issuer.put("type", "Role");
        issuer.put("arn", caller.arn());
        issuer.put("accountId", caller.account());
        issuer.put("userName", name);
      }
      case "FederatedUser" -> {
        u.put("arn", "arn:aws:sts::" + caller.account() + ":federated-user/bob");
        u.put("accountId", caller.account());
        ObjectNode issuer = u.putObject("sessionContext").putObject("sessionIssuer");
        issuer.put("type", "IAMUser");
        issuer.put("arn", caller.arn());
        issuer.put("accountId", caller.account());
      }
      default -> {
        u.put("arn", caller.arn());
        u.put("accountId", caller.account());
      }
    }
    d.put("eventTime", "2025-01-01T00:00:00Z");
    d.put("eventSource", call.eventSource());
    d.put("eventName", call.eventName());
    d.put("awsRegion", region);
    d.put("sourceIPAddress", "192.0.2.1");
    ObjectNode rp = d.putObject("requestParameters");
    requestParameters.forEach(rp::put);
    d.put("readOnly", false);
    d.put("eventType", "AwsApiCall");
    d.put("managementEvent", true);
    d.put("recipientAccountId", account);
    return e.toString();
  }
}
