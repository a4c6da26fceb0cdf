package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.languages.Language;
import org.junit.jupiter.api.Test;

/**
 * One date format per language, as people write it: "1 January 2026", "1er janvier 2026"; counts grouped as each
 * language groups them, the same way the sentences' numbers are; moments as their date with the time in UTC.
 */
class PageDatesTest {

  @Test
  void datesReadAsEachLanguageWritesThem() {
    assertThat(Page.formatDate(LocalDate.of(2026, 1, 1), Language.EN)).isEqualTo("1 January 2026");
    assertThat(Page.formatDate(LocalDate.of(2026, 1, 1), Language.FR)).isEqualTo("1er janvier 2026");
    assertThat(Page.formatDate(LocalDate.of(2026, 8, 2), Language.FR)).isEqualTo("2 août 2026");
    assertThat(Page.formatDate(LocalDate.of(2026, 12, 31), Language.EN)).isEqualTo("31 December 2026");
    assertThat(Page.formatDate(null, Language.EN)).isEmpty();
  }

  @Test
  void countsGroupTheirDigitsAsTheSentencesAroundThemDo() {
    assertThat(Page.formatNumber(1500, Language.EN)).isEqualTo("1,500");
    assertThat(Page.formatNumber(1500, Language.FR)).isEqualTo("1\u202f500");
    assertThat(Page.formatNumber(42, Language.FR)).isEqualTo("42");
    for (var language : Language.values()) {
      assertThat(Page.formatNumber(1_234_567, language))
          .isEqualTo(new java.text.MessageFormat("{0}", language.locale()).format(new Object[] {1_234_567}));
    }
  }

  @Test
  void momentsReadAsDatesDoWithTheirTimeInUtc() {
    var at = java.time.Instant.parse("2026-12-01T15:48:59Z");
    assertThat(Page.formatMoment(at, Language.EN)).isEqualTo("1 December 2026, 15:48 UTC");
    assertThat(Page.formatMoment(at, Language.FR)).isEqualTo("1er décembre 2026, 15:48 UTC");
    // a moment just before midnight UTC stays on its UTC day, whatever the server's zone
    assertThat(Page.formatMoment(java.time.Instant.parse("2026-08-02T23:59:00Z"), Language.FR)).isEqualTo("2 août 2026, 23:59 UTC");
    assertThat(Page.formatMoment(null, Language.EN)).isEmpty();
  }
}
