package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.languages.Language;
import org.junit.jupiter.api.Test;

/** One date format per language, as people write it: "1 January 2026", "1er janvier 2026". */
class PageDatesTest {

  @Test
  void datesReadAsEachLanguageWritesThem() {
    assertThat(Page.formatDate(LocalDate.of(2026, 1, 1), Language.EN)).isEqualTo("1 January 2026");
    assertThat(Page.formatDate(LocalDate.of(2026, 1, 1), Language.FR)).isEqualTo("1er janvier 2026");
    assertThat(Page.formatDate(LocalDate.of(2026, 8, 2), Language.FR)).isEqualTo("2 août 2026");
    assertThat(Page.formatDate(LocalDate.of(2026, 12, 31), Language.EN)).isEqualTo("31 December 2026");
    assertThat(Page.formatDate(null, Language.EN)).isEmpty();
  }
}
