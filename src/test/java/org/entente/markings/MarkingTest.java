package org.entente.markings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.web.InvalidInput;
import org.entente.web.Unprocessable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three accepted markings are read however typed; every classified one is refused as such. */
class MarkingTest {

  @ParameterizedTest
  @ValueSource(strings = {"RESTRICTED", "NATO RESTRICTED", "nato confidential", "SECRET", "NATO SECRET",
      "COSMIC TOP SECRET", "Top Secret", "CONFIDENTIAL REL TO EAPC", "NR", "NS", "CTS", "SECRET//ATOMAL"})
  void classifiedMarkingsAreRefusedAsUnprocessable(String level) {
    assertThatThrownBy(() -> Marking.parse(level, List.of(), "marking"))
        .isInstanceOfSatisfying(Unprocessable.class, e -> {
          assertThat(e.field()).isEqualTo("marking");
          assertThat(e.messageKey()).isEqualTo("marking.classified");
        });
  }

  @Test
  void acceptedMarkingsAreReadHoweverTyped() {
    assertThat(Marking.parse("NATO UNCLASSIFIED", List.of("eapc_pfp", "GEO"), "m"))
        .isEqualTo(Marking.of(Classification.NATO_UNCLASSIFIED, "EAPC_PFP", "GEO"));
    assertThat(Marking.parse(" public ", null, "m").level()).isEqualTo(Classification.PUBLIC);
    assertThat(Marking.parse("non classified", List.of(), "m").level()).isEqualTo(Classification.NON_CLASSIFIED);
  }

  @Test
  void anUnknownMarkingOrReleasabilityIsABadRequest() {
    assertThatThrownBy(() -> Marking.parse("SENSITIVE", List.of(), "m")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Marking.parse(null, List.of(), "m")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Marking.parse("PUBLIC", List.of("GEO", "not a code!"), "m"))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.violations().getFirst().name()).isEqualTo("m.releasableTo[1]"));
  }
}
