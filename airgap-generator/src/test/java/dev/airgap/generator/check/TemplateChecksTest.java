package dev.airgap.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.units.UnitId;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.RuleInfo;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemplateChecksTest {
  private static final ReadResult READ = Fixtures.read("minimal");

  private static List<Finding> check(String unitId, Resource... resources) {
    Template.Builder t = new Template.Builder("test");
    for (int i = 0; i < resources.length; i++) {
      t.resource("R" + i, resources[i]);
    }
    Template template = t.build();
    GeneratedTemplate generated =
        new GeneratedTemplate(UnitId.of(unitId), template, TemplateWriter.write(template));
    return new TemplateChecks()
        .check(READ.model().orElseThrow(), List.of(generated), READ.sourceMap());
  }

  private static Resource vault(String name) {
    return Resource.of(
            "AWS::Backup::BackupVault",
            CfnValue.map().put("BackupVaultName", name).build(),
            "/central/vault")
        .retained();
  }

  @Test
  @DisplayName("generated golden templates have no template findings")
  void goldenIsClean() {
    var templates = TemplateGenerator.standard().generate(READ.model().orElseThrow());
    assertThat(new TemplateChecks().check(READ.model().orElseThrow(), templates, READ.sourceMap()))
        .isEmpty();
  }

  @Test
  @DisplayName("AG5001: a schema violation points at the model element that produced the resource")
  void schema() {
    List<Finding> findings = check("central-vault", vault("x"));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG5001");
              assertThat(f.pointer()).isEqualTo("/central/vault");
              assertThat(f.location().file()).endsWith("airgap.yaml");
              assertThat(f.location().line()).isGreaterThan(1);
              assertThat(f.message())
                  .startsWith(
                      "central-vault.yaml R0 Properties/BackupVaultName: 'x' does not match");
            });
  }

  @Test
  @DisplayName("AG5001: a type without a row in ResourceFacts is an error naming what to add")
  void typeWithoutFacts() {
    Resource r =
        Resource.of(
            "AWS::IAM::ManagedPolicy",
            CfnValue.map().put("Description", "x").build(),
            "/central/vault");
    assertThat(check("central-vault", r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG5001");
              assertThat(f.message())
                  .contains("airgap has no facts for AWS::IAM::ManagedPolicy")
                  .contains("ResourceFacts");
            });
  }

  @Test
  @DisplayName(
      "AG5002: a backup policy is measured against its own 10,000-character limit, not the SCP's")
  void backupPolicySize() {
    CfnValue content =
        CfnValue.map().put("plans", CfnValue.map().put("p", "x".repeat(6_000)).build()).build();
    Resource policy =
        Resource.of(
            "AWS::Organizations::Policy",
            CfnValue.map()
                .put("Name", "bp")
                .put("Type", "BACKUP_POLICY")
                .put("Content", content)
                .build(),
            "/plans");
    Resource scp =
        Resource.of(
            "AWS::Organizations::Policy",
            CfnValue.map()
                .put("Name", "scp")
                .put("Type", "SERVICE_CONTROL_POLICY")
                .put("Content", content)
                .build(),
            "/protection/scp");

    assertThat(check("backup-policies-1", policy)).isEmpty();
    assertThat(check("management", scp))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("SERVICE_CONTROL_POLICY document is 60")
                    .contains("characters minified, over the limit of 5120"));
  }

  @Test
  @DisplayName("AG5002: an SCP over 5,120 characters minified is an error")
  void scpSize() {
    List<String> actions = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      actions.add("backup:DeleteBackupVault");
    }
    CfnValue content =
        CfnValue.ordered()
            .put("Version", "2012-10-17")
            .put(
                "Statement",
                CfnValue.list(
                    CfnValue.ordered()
                        .put("Effect", "Deny")
                        .put("Action", CfnValue.texts(actions))
                        .put("Resource", "*")
                        .build()))
            .build();
    Resource scp =
        Resource.of(
            "AWS::Organizations::Policy",
            CfnValue.map()
                .put("Name", "scp")
                .put("Type", "SERVICE_CONTROL_POLICY")
                .put("Content", content)
                .build(),
            "/protection/scp");
    assertThat(check("management", scp)).extracting(Finding::ruleId).containsExactly("AG5002");
  }

  @Test
  @DisplayName("AG5003: a template body over 51,200 bytes is an error at the template file")
  void templateSize() {
    Resource[] many = new Resource[200];
    for (int i = 0; i < many.length; i++) {
      many[i] =
          Resource.of(
              "AWS::SNS::Topic",
              CfnValue.map()
                  .put("DisplayName", "x".repeat(99))
                  .put("TopicName", "t" + i + "-" + "y".repeat(200))
                  .build(),
              "/central/alerts");
    }
    assertThat(check("central-alerts", many))
        .filteredOn(f -> f.ruleId().equals("AG5003"))
        .singleElement()
        .satisfies(f -> assertThat(f.location().file()).isEqualTo("central-alerts.yaml"));
  }

  @Test
  @DisplayName(
      "AG5004: the reference sample's misspelt action is caught (docs/aws-facts.md §11 #1)")
  void unknownAction() {
    CfnValue policy =
        CfnValue.ordered()
            .put("Version", "2012-10-17")
            .put(
                "Statement",
                CfnValue.list(
                    CfnValue.ordered()
                        .put("Effect", "Deny")
                        .put("Principal", "*")
                        .put(
                            "Action",
                            CfnValue.texts(
                                List.of("backup:DeleteVaultAccessPolicy", "kms:GenerateDataKey*")))
                        .put("Resource", "*")
                        .build()))
            .build();
    Resource r =
        Resource.of(
                "AWS::Backup::BackupVault",
                CfnValue.map().put("BackupVaultName", "ab").put("AccessPolicy", policy).build(),
                "/central/vault")
            .retained();
    assertThat(check("central-vault", r))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG5004");
              assertThat(f.message())
                  .contains("Properties/AccessPolicy/Statement/0/Action/0")
                  .contains("'backup:DeleteVaultAccessPolicy'");
            });
  }

  @Test
  @DisplayName("AG5005: a vault or key without Retain is an error")
  void retain() {
    Resource unretained =
        Resource.of(
            "AWS::Backup::BackupVault",
            CfnValue.map().put("BackupVaultName", "ab").build(),
            "/central/vault");
    assertThat(check("central-vault", unretained))
        .extracting(Finding::ruleId)
        .containsExactly("AG5005", "AG5005");
  }

  @Test
  @DisplayName("AG5006: a literal arn:aws: in a stack set template is an error, admin ARNs are not")
  void partition() {
    Resource r =
        Resource.of(
            "AWS::SNS::Topic",
            CfnValue.map()
                .put("TopicName", "t")
                .put("KmsMasterKeyId", "arn:aws:kms:eu-west-1:222222222222:key/abc")
                .build(),
            "/central/alerts");
    assertThat(check("central-alerts", r)).extracting(Finding::ruleId).containsExactly("AG5006");
    assertThat(check("management", r)).isEmpty();
  }

  @Test
  @DisplayName("template rule ids are unique AG5xxx ids")
  void catalog() {
    List<RuleInfo> infos = TemplateRuleCatalog.infos();
    assertThat(infos)
        .extracting(RuleInfo::id)
        .allMatch(id -> id.matches("^AG5\\d{3}$"))
        .doesNotHaveDuplicates()
        .isSorted();
    assertThat(new HashSet<>(infos.stream().map(RuleInfo::category).toList()))
        .containsExactly("Generated templates");
  }

  private static List<Finding> compileFindings(String yaml) {
    ReadResult read =
        dev.airgap.model.io.ModelReader.read(
            "airgap.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return dev.airgap.generator.AirGapCompiler.standard().compile(read).findings().all();
  }

  @Test
  @DisplayName(
      "500 member OUs generate: no source documents a limit on the targets of one policy (docs/aws-facts.md §6.1)")
  void manyPolicyTargets() {
    assertThat(compileFindings(dev.airgap.generator.bench.ScaleModels.yaml(3, 500, 1)))
        .extracting(Finding::ruleId)
        .doesNotContain("AG5009")
        .allMatch(id -> id.equals("AG2023") || id.equals("AG1023"));
  }

  @Test
  @DisplayName(
      "an account listed directly is refused by the model rule AG1022 (was the template check AG5010): no files")
  void directAccounts() {
    String yaml =
        dev.airgap.generator.bench.ScaleModels.yaml(0, 2, 1)
            .replace(
                "  regions: [af-south-1]\nplans:",
                "    accounts: [\"333333333333\", \"444444444444\"]\n  regions: [af-south-1]\nplans:");
    assertThat(yaml).contains("333333333333");
    assertThat(compileFindings(yaml))
        .filteredOn(Finding::isError)
        .extracting(Finding::ruleId, Finding::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AG1022", "/members/targets/accounts/0"),
            org.assertj.core.groups.Tuple.tuple("AG1022", "/members/targets/accounts/1"));
    assertThat(
            dev.airgap.generator.AirGapCompiler.standard()
                .compile(
                    dev.airgap.model.io.ModelReader.read(
                        "airgap.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .files())
        .isEmpty();
    // Excluding accounts from the member OUs generates, with AG1023's warning that the OU's backup
    // policies still reach them.
    assertThat(compileFindings(dev.airgap.generator.bench.ScaleModels.yaml(2, 2, 1)))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("AG1023", "AG2023");
  }
}
