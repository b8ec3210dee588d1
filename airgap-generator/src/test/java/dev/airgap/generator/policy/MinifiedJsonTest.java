package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinifiedJsonTest {

  @Test
  void keepsKeyOrderAndDropsWhitespace() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("b", List.of("x y", 1, true));
    tree.put("a", Map.of("k", "v"));
    assertThat(MinifiedJson.write(tree)).isEqualTo("{\"b\":[\"x y\",1,true],\"a\":{\"k\":\"v\"}}");
  }

  @Test
  void lengthCountsCharactersNotBytesOrUtf16Units() {
    Map<String, Object> tree = Map.of("k", "é\uD83D\uDE00");
    // {"k":"é😀"} is 10 characters, 14 UTF-8 bytes, 11 UTF-16 units.
    assertThat(MinifiedJson.length(tree)).isEqualTo(10);
  }
}
