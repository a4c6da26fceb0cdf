package org.entente.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Council's propose form as the secretariat uses it: the subject is picked from the agenda by its name (no
 * raw programme id to type), no outcome is chosen in advance, and a proposal shows no outcome as taken until
 * another member confirms it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilProposeFormIntegrationTest {

  @LocalServerPort int port;

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var page = browser.get("/login?lang=en");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(page.body())));
    return browser;
  }

  @Test
  void theSubjectComesFromTheAgendaAndNoOutcomeShowsBeforeConfirmation() {
    var drafting = new Drafting(new Http(port), "GEO", 2);
    var year = LocalDate.now().getYear() + 1;
    var created = drafting.create("GEO", "ANP", LocalDate.of(year, 1, 1), Drafting.content("CPF", drafting.activities, year, year));
    var id = created.json().get("programme").get("id").asString();
    drafting.moved(id, "SUBMITTED", null, drafting.coordinator);
    drafting.moved(id, "IN_REVIEW", null, drafting.staff);
    drafting.moved(id, "AGREED", null, drafting.coordinator);

    var secretary = signedIn(drafting.secretariat.proposer);
    var page = secretary.get("/council").body();
    assertThat(page).contains("<select id=\"decision-subject\" name=\"subject\" required", "<option value=\"PROGRAMME:" + id + "\">Programme — ")
        .doesNotContain("id=\"decision-subjectId\"")
        .contains("<option value=\"\">Choose the outcome…</option>");
    assertThat(page.substring(page.indexOf("id=\"decision-outcome\""))).doesNotContain(" selected");

    var form = new HashMap<>(Map.of("_csrf", Http.csrf(page), "subject", "PROGRAMME:" + id, "reference",
        org.entente.council.Secretariat.reference(), "decidedOn", LocalDate.now().toString(), "outcome", "", "textEn", "Approved."));
    var refused = secretary.form("/council/decisions", form);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"decision-outcome\" name=\"outcome\" required aria-invalid=\"true\"")
        .contains("value=\"PROGRAMME:" + id + "\" selected", "Choose the outcome the Council decided.");

    form.put("outcome", "APPROVED");
    var proposed = secretary.form("/council/decisions", form);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
    var register = secretary.get("/council").body();
    var row = register.substring(register.indexOf("data-reference=\"" + form.get("reference") + "\""));
    assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Proposed: Approved (no effect until confirmed)")
        .doesNotContain("badge-APPROVED");
  }
}
