package dev.airgap.maven.deploy.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;

/** Which GetEventSelectors answers record the read and write management events the alerts need. */
class SdkGovernanceSelectorsTest {

  private static GetEventSelectorsResponse basic(ReadWriteType rw, boolean management) {
    return GetEventSelectorsResponse.builder()
        .eventSelectors(
            EventSelector.builder().readWriteType(rw).includeManagementEvents(management).build())
        .build();
  }

  private static AdvancedFieldSelector field(String name, String value) {
    return AdvancedFieldSelector.builder().field(name).equalsValue(value).build();
  }

  private static GetEventSelectorsResponse advanced(AdvancedFieldSelector... fields) {
    return GetEventSelectorsResponse.builder()
        .advancedEventSelectors(AdvancedEventSelector.builder().fieldSelectors(fields).build())
        .build();
  }

  @Test
  @DisplayName("basic selectors: management events with ReadWriteType All only")
  void basicSelectors() {
    assertThat(SdkGovernance.managementEvents(basic(ReadWriteType.ALL, true))).isTrue();
    assertThat(SdkGovernance.managementEvents(basic(ReadWriteType.WRITE_ONLY, true))).isFalse();
    assertThat(SdkGovernance.managementEvents(basic(ReadWriteType.ALL, false))).isFalse();
    assertThat(
            SdkGovernance.managementEvents(
                GetEventSelectorsResponse.builder()
                    .eventSelectors(
                        EventSelector.builder()
                            .readWriteType(ReadWriteType.ALL)
                            .includeManagementEvents(true)
                            .excludeManagementEventSources("kms.amazonaws.com")
                            .build())
                    .build()))
        .isFalse();
  }

  @Test
  @DisplayName("advanced selectors: eventCategory Management without a readOnly filter")
  void advancedSelectors() {
    assertThat(SdkGovernance.managementEvents(advanced(field("eventCategory", "Management"))))
        .isTrue();
    assertThat(
            SdkGovernance.managementEvents(
                advanced(field("eventCategory", "Management"), field("readOnly", "true"))))
        .isFalse();
    assertThat(SdkGovernance.managementEvents(advanced(field("eventCategory", "Data")))).isFalse();
  }
}
