package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RuleCatalog lists every rule once, with well-formed metadata")
class RuleCatalogTest {
  private static final String RULES_PACKAGE = "dev.airgap.model.validate.rules";

  @Test
  @DisplayName("ids are unique, look like AG1234 and sit in the semantic ranges AG1xxx–AG4xxx")
  void idsAreUniqueAndWellFormed() {
    List<String> ids = RuleCatalog.rules().stream().map(r -> r.info().id()).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("^AG[1-4]\\d{3}$"));
    List<String> all = RuleCatalog.infos().stream().map(RuleInfo::id).toList();
    assertThat(all).doesNotHaveDuplicates().isSorted().allMatch(id -> id.matches("^AG\\d{4}$"));
  }

  @Test
  @DisplayName("every class in the rules package is a rule listed in the catalog")
  void everyRuleClassIsListed() throws IOException, URISyntaxException {
    // The main output directory (target/classes), not the test one, which has the tests of the
    // rules.
    URL url = RuleCatalog.class.getProtectionDomain().getCodeSource().getLocation();
    Path dir = Path.of(url.toURI()).resolve(RULES_PACKAGE.replace('.', '/'));
    assertThat(dir).as("rules package directory").isDirectory();
    Set<String> classes;
    try (Stream<Path> files = Files.list(dir)) {
      classes =
          files
              .map(p -> p.getFileName().toString())
              .filter(
                  n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
              .map(n -> RULES_PACKAGE + "." + n.substring(0, n.length() - ".class".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        RuleCatalog.rules().stream()
            .map(r -> r.getClass().getName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(classes).isNotEmpty();
    assertThat(listed).isEqualTo(classes);
  }

  @Test
  @DisplayName("every rule explains itself and cites its AWS source in docs/aws-facts.md")
  void metadataIsComplete() {
    for (Rule rule : RuleCatalog.rules()) {
      RuleInfo info = rule.info();
      assertThat(info.title()).as(info.id() + " title").isNotBlank();
      assertThat(info.fix()).as(info.id() + " fix").isNotBlank();
      assertThat(info.why()).as(info.id() + " why").containsPattern("facts\\.md §\\d");
    }
  }

  @Test
  @DisplayName("rules are listed in id order")
  void rulesAreSorted() {
    assertThat(RuleCatalog.rules()).extracting(r -> r.info().id()).isSorted();
  }
}
