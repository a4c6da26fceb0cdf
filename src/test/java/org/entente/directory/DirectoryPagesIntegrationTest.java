package org.entente.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The directory's pages as a browser without JavaScript gets them, and as htmx asks for them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryPagesIntegrationTest {

  private static final Pattern ROW = Pattern.compile("<tr data-code=\"([A-Z0-9_]+)\"");

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private static long rows(String html) {
    return ROW.matcher(html).results().count();
  }

  @Test
  void filtersByFrameworkOnADate() {
    var page = http.get("/directory?framework=MEDITERRANEAN_DIALOGUE");
    assertThat(page.status()).isEqualTo(200);
    assertThat(rows(page.body())).isEqualTo(7);
    assertThat(page.body()).contains("data-code=\"JOR\"", "data-group=\"MEDITERRANEAN_DIALOGUE\"");

    var eapc2012 = http.get("/directory?kind=PARTNER&framework=EAPC_PFP&on=2012-01-01").body();
    assertThat(rows(eapc2012)).isEqualTo(22);
    assertThat(eapc2012).contains("the former Yugoslav Republic of Macedonia");
  }

  @Test
  void htmxGetsTheResultsAlone() {
    var fragment = http.get("/directory?framework=ISTANBUL_COOPERATION_INITIATIVE", "HX-Request", "true").body();
    assertThat(fragment).startsWith("<section id=\"directory-results\"").doesNotContain("<html");
    assertThat(rows(fragment)).isEqualTo(4);
  }

  @Test
  void aWrongFilterIsShownNextToItsFieldAndNothingIsLost() {
    var page = http.get("/directory?on=31.12.2012&framework=MEDITERRANEAN_DIALOGUE", "Accept-Language", "fr");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("aria-invalid=\"true\" aria-describedby=\"filter-on-hint filter-on-error\"")
        .contains("Saisissez une date au format AAAA-MM-JJ")
        .contains("value=\"31.12.2012\"")
        .contains("<option value=\"MEDITERRANEAN_DIALOGUE\" selected>");
    assertThat(rows(page.body())).isZero();
  }

  @Test
  void anOrganisationPageShowsItsTimeline() {
    var page = http.get("/directory/SWE", "Accept-Language", "fr");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"fr\">", "Suède", "Chronologie des appartenances", "<svg class=\"timeline\"")
        .contains("lane-EAPC_PFP", "lane-ALLY", "7 mars 2024");
  }

  @Test
  void anUnknownOrganisationIsAPageNotFoundInTheReadersLanguage() {
    var page = http.get("/directory/ATL", "Accept-Language", "fr");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("<html lang=\"fr\">", "Introuvable");
  }
}
