package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the generated plugin descriptor (what Maven and airgap:help read): goals, phases, thread
 * safety, property names, defaults and documentation of every parameter.
 */
class PluginDescriptorTest {
  private static final Map<String, Element> MOJOS = new TreeMap<>();

  @BeforeAll
  static void read() throws Exception {
    // Written at process-classes, before tests run.
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    assertThat(descriptor).exists();
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Files.newInputStream(descriptor));
    NodeList mojos = doc.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      MOJOS.put(text(mojo, "goal"), mojo);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  /** name -> {property, default} from the descriptor's configuration block. */
  private static Map<String, String[]> configuration(String goal) {
    Map<String, String[]> out = new HashMap<>();
    Element config = (Element) MOJOS.get(goal).getElementsByTagName("configuration").item(0);
    NodeList children = config.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e) {
        out.put(
            e.getTagName(),
            new String[] {e.getTextContent().trim(), e.getAttribute("default-value")});
      }
    }
    return out;
  }

  @Test
  @DisplayName(
      "the goals are generate, validate, diff and help, with their default phases, all thread-safe")
  void goals() {
    assertThat(MOJOS.keySet()).contains("diff", "generate", "help", "validate");
    assertThat(text(MOJOS.get("generate"), "phase")).isEqualTo("generate-resources");
    assertThat(text(MOJOS.get("validate"), "phase")).isEqualTo("process-resources");
    assertThat(text(MOJOS.get("diff"), "phase")).isEmpty();
    MOJOS.forEach((goal, mojo) -> assertThat(text(mojo, "threadSafe")).as(goal).isEqualTo("true"));
  }

  @Test
  @DisplayName("user properties and defaults are the documented ones")
  void propertiesAndDefaults() {
    for (String goal : List.of("generate", "validate", "diff")) {
      Map<String, String[]> config = configuration(goal);
      assertThat(config.get("skip")).containsExactly("${airgap.skip}", "false");
      assertThat(config.get("model"))
          .containsExactly("${airgap.model}", "${project.basedir}/airgap.yaml");
      assertThat(config.get("outputDirectory"))
          .containsExactly("${airgap.outputDirectory}", "${project.basedir}/templates");
    }
    assertThat(configuration("generate").get("check")).containsExactly("${airgap.check}", "false");
    assertThat(configuration("generate").get("generateSkip"))
        .containsExactly("${airgap.generate.skip}", "false");
    assertThat(configuration("validate").get("failOn"))
        .containsExactly("${airgap.failOn}", "error");
    assertThat(configuration("validate").get("format"))
        .containsExactly("${airgap.format}", "human");
    assertThat(configuration("validate").get("cfnLint"))
        .containsExactly("${airgap.cfnLint}", "auto");
    assertThat(configuration("validate").get("reportFile"))
        .containsExactly("${airgap.reportFile}", "");
    assertThat(configuration("validate").get("validateSkip"))
        .containsExactly("${airgap.validate.skip}", "false");
    assertThat(configuration("diff").get("format")).containsExactly("${airgap.format}", "plain");
    assertThat(configuration("diff").get("diffSkip"))
        .containsExactly("${airgap.diff.skip}", "false");
  }

  @Test
  @DisplayName(
      "every user property is a constant of PropertyNames, and every goal has airgap.<goal>.skip")
  void propertyNamesAreCentral() throws Exception {
    List<String> constants = new ArrayList<>();
    for (Field f : PropertyNames.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == String.class
          && !f.getName().equals("PREFIX")) {
        constants.add((String) f.get(null));
      }
    }
    for (String goal : List.of("generate", "validate", "diff")) {
      assertThat(constants).contains(PropertyNames.skipFor(goal));
      configuration(goal).values().stream()
          .map(v -> v[0])
          .filter(v -> v.startsWith("${airgap."))
          .forEach(v -> assertThat(constants).as(goal).contains(v.substring(2, v.length() - 1)));
    }
  }

  @Test
  @DisplayName("every editable parameter has a description, which airgap:help prints")
  void documented() {
    for (String goal : List.of("generate", "validate", "diff")) {
      NodeList params = MOJOS.get(goal).getElementsByTagName("parameter");
      assertThat(params.getLength()).as(goal).isPositive();
      for (int i = 0; i < params.getLength(); i++) {
        Element p = (Element) params.item(i);
        if (text(p, "editable").equals("true")) {
          assertThat(text(p, "description")).as(goal + " " + text(p, "name")).isNotBlank();
        }
      }
    }
  }
}
