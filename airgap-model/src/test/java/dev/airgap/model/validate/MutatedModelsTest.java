package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of the valid models replaced by values of other types and extreme numbers: the reader
 * and the rules never throw, and every finding carries a pointer and a location. This is what keeps
 * a wrong value from being reported twice (once as a type error, once by a rule that read the
 * default left in its place).
 */
@DisplayName("Mutated models never crash validation")
class MutatedModelsTest {
  private static final Pattern VALUE = Pattern.compile("(?m)^(\\s*(?:- |[A-Za-z]+: ))(.+)$");
  private static final List<String> REPLACEMENTS =
      List.of("~", "[]", "{}", "\"x\"", "-1", "0", "2147483648", "[1, {a: b}]", "true");

  static Stream<Arguments> mutations() {
    List<Arguments> out = new ArrayList<>();
    for (String base : List.of(TestModels.BASIC, TestModels.AIR_GAPPED)) {
      Matcher m = VALUE.matcher(base);
      while (m.find()) {
        for (String replacement : REPLACEMENTS) {
          String mutated = base.substring(0, m.start(2)) + replacement + base.substring(m.end(2));
          out.add(Arguments.of(m.group().strip() + " -> " + replacement, mutated));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void neverThrows(String change, String yaml) {
    assertThatCode(() -> TestModels.validate(yaml)).doesNotThrowAnyException();
    Findings findings = TestModels.validate(yaml);
    assertThat(findings.all())
        .allSatisfy(
            f -> {
              assertThat(f.location().line()).isPositive();
              assertThat(f.ruleId()).matches("AG\\d{4}");
            });
    // A type error at a pointer is the only finding there: no rule re-reports the default.
    for (Finding typeError : findings.all()) {
      if (typeError.ruleId().equals("AG0004")) {
        assertThat(findings.all())
            .filteredOn(
                f -> f.pointer().equals(typeError.pointer()) && f.ruleId().compareTo("AG1000") > 0)
            .as(change)
            .isEmpty();
      }
    }
  }
}
