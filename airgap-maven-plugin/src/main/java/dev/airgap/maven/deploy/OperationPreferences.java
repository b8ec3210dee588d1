package dev.airgap.maven.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * StackSet operation preferences from the manifest (facts §8.4). Keys are read case-insensitively,
 * so {@code maxConcurrentPercentage} and {@code MaxConcurrentPercentage} both work; {@code
 * regionConcurrency} is accepted as an alias of {@code RegionConcurrencyType}.
 */
public record OperationPreferences(
    Optional<String> regionConcurrencyType,
    List<String> regionOrder,
    OptionalInt failureToleranceCount,
    OptionalInt failureTolerancePercentage,
    OptionalInt maxConcurrentCount,
    OptionalInt maxConcurrentPercentage,
    Optional<String> concurrencyMode) {

  public OperationPreferences {
    regionOrder = List.copyOf(regionOrder);
    if (failureToleranceCount.isPresent() && failureTolerancePercentage.isPresent()) {
      throw new IllegalArgumentException(
          "FailureToleranceCount and FailureTolerancePercentage exclude each other (facts §8.4)");
    }
    if (maxConcurrentCount.isPresent() && maxConcurrentPercentage.isPresent()) {
      throw new IllegalArgumentException(
          "MaxConcurrentCount and MaxConcurrentPercentage exclude each other (facts §8.4)");
    }
  }

  public static OperationPreferences none() {
    return new OperationPreferences(
        Optional.empty(),
        List.of(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }

  public boolean isEmpty() {
    return equals(none());
  }

  /** Reads the manifest's {@code operationPreferences} map; unknown keys are errors. */
  public static OperationPreferences from(Map<String, String> values) {
    Optional<String> regionType = Optional.empty();
    List<String> order = new ArrayList<>();
    OptionalInt ftc = OptionalInt.empty();
    OptionalInt ftp = OptionalInt.empty();
    OptionalInt mcc = OptionalInt.empty();
    OptionalInt mcp = OptionalInt.empty();
    Optional<String> mode = Optional.empty();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String v = e.getValue().trim();
      switch (e.getKey().toLowerCase(Locale.ROOT)) {
        case "regionconcurrencytype", "regionconcurrency" ->
            regionType = Optional.of(v.toUpperCase(Locale.ROOT));
        case "regionorder" ->
            Arrays.stream(v.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(order::add);
        case "failuretolerancecount" -> ftc = OptionalInt.of(Integer.parseInt(v));
        case "failuretolerancepercentage" -> ftp = OptionalInt.of(Integer.parseInt(v));
        case "maxconcurrentcount" -> mcc = OptionalInt.of(Integer.parseInt(v));
        case "maxconcurrentpercentage" -> mcp = OptionalInt.of(Integer.parseInt(v));
        case "concurrencymode" -> mode = Optional.of(v.toUpperCase(Locale.ROOT).replace('-', '_'));
        default ->
            throw new IllegalArgumentException("unknown operation preference: " + e.getKey());
      }
    }
    return new OperationPreferences(regionType, order, ftc, ftp, mcc, mcp, mode);
  }
}
