package org.entente.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.education.Deep.ok;
import static org.entente.education.Deep.path;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A DEEP programme from proposal to completion through the API: the moves of its one transition table (an illegal
 * one 409, a suspension without reason 400), its experts (whose institution then reads it), its menu events whose
 * attendance and feedback make its yearly figures, and who reads it: the partner, staff, the secretariat, an Ally's
 * coordinators and the experts' institution; never another partner. A PDP programme counts its placements too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeepLifecycleIntegrationTest {

  @LocalServerPort int port;

  @Test
  void proposedActivatedStaffedLinkedCountedAndCompleted() {
    var http = new Http(port);
    var georgia = new Deep(http, "GEO");
    var jordan = georgia.accounts.create("JOR:NATIONAL_COORDINATOR");
    var netherlands = georgia.accounts.create("NLD:NATIONAL_COORDINATOR");
    var secretariat = georgia.accounts.create("NAC:COUNCIL_SECRETARIAT");
    var baltic = georgia.accounts.create("BALTDEFCOL:PROVIDER_MANAGER");
    var name = "National Defence Academy " + UUID.randomUUID().toString().substring(0, 6);

    // the partner proposes for itself, not for another
    var forJordan = new java.util.LinkedHashMap<String, Object>();
    forJordan.put("partner", "JOR");
    forJordan.put("kind", "DEEP");
    forJordan.put("institutionType", "WAR_COLLEGE");
    forJordan.put("institution", java.util.Map.of("en", "Not Georgia's"));
    assertThat(georgia.send("POST", "/api/v1/education/programmes", forJordan, georgia.coordinator).status()).isEqualTo(400);
    var proposed = ok(georgia.propose("DEEP", name, georgia.coordinator));
    var id = proposed.get("programme").get("id").asString();
    assertThat(proposed.get("programme").get("status").asString()).isEqualTo("PROPOSED");
    assertThat(proposed.get("next").toString()).contains("WITHDRAWN").doesNotContain("ACTIVE");

    // who reads it
    assertThat(http.get(path(id, ""), jordan.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/education/programmes?partner=GEO", jordan.bearer()).json().get("total").asInt()).isZero();
    assertThat(http.get(path(id, ""), baltic.bearer()).status()).isEqualTo(404);
    assertThat(http.get(path(id, ""), netherlands.bearer()).status()).isEqualTo(200);
    assertThat(http.get(path(id, ""), secretariat.bearer()).status()).isEqualTo(200);

    // one transition table: the partner cannot activate, staff can; a suspension says why
    assertThat(georgia.move(id, "ACTIVE", null, georgia.coordinator).status()).isEqualTo(409);
    assertThat(georgia.move(id, "ACTIVE", null, jordan).status()).isEqualTo(404);
    ok(georgia.move(id, "ACTIVE", null, georgia.staff));
    assertThat(georgia.move(id, "SUSPENDED", null, georgia.staff).status()).isEqualTo(400);
    ok(georgia.move(id, "SUSPENDED", "Academy moving to new premises", georgia.staff));
    assertThat(georgia.link(id, UUID.randomUUID().toString()).status()).isEqualTo(409);
    ok(georgia.move(id, "ACTIVE", null, georgia.staff));

    // an expert of the Baltic Defence College: the college then reads the programme
    assertThat(georgia.expert(id, "Dr Anna Kask", "NOWHERE").status()).isEqualTo(400);
    var staffed = ok(georgia.expert(id, "Dr Anna Kask", "BALTDEFCOL"));
    assertThat(staffed.get("programme").get("expertOrganisations").toString()).contains("BALTDEFCOL");
    assertThat(http.get(path(id, ""), baltic.bearer()).status()).isEqualTo(200);
    assertThat(http.get(path(id, ""), jordan.bearer()).status()).isEqualTo(404);

    // a menu event held today: three Georgians and one Jordanian attend and give feedback
    var attendees = new LinkedHashMap<org.entente.Accounts.Account, Integer>();
    attendees.put(georgia.coordinator, 3);
    attendees.put(jordan, 1);
    var event = Deep.heldToday(http, "NSO", attendees);
    assertThat(georgia.link(id, "not-an-id").status()).isEqualTo(400);
    assertThat(georgia.link(id, UUID.randomUUID().toString()).status()).isEqualTo(400);
    var linked = ok(georgia.link(id, event));
    assertThat(georgia.link(id, event).status()).isEqualTo(409);
    var year = linked.get("figures").get(0);
    assertThat(year.get("year").asInt()).isEqualTo(LocalDate.now().getYear());
    assertThat(year.get("events").asInt()).isEqualTo(1);
    assertThat(year.get("attended").asInt()).isEqualTo(4);
    assertThat(year.get("nations").asInt()).isEqualTo(2);
    assertThat(year.get("feedbackAnswers").asInt()).isEqualTo(4);
    assertThat(year.get("meanFeedback").asDouble()).isEqualTo(4.0);
    // the partner reads the same figures (registration's rows of Jordan it may not see are counted, not shown)
    assertThat(georgia.detail(id, georgia.coordinator).get("figures").get(0).get("attended").asInt()).isEqualTo(4);

    // placements are a PDP's
    assertThat(georgia.placement(id, "GCMC", LocalDate.now(), 2).status()).isEqualTo(409);
    ok(georgia.move(id, "COMPLETED", null, georgia.staff));
    assertThat(georgia.move(id, "ACTIVE", null, georgia.staff).status()).isEqualTo(409);

    // audited, and the partner told
    var auditor = georgia.accounts.create("IS:AUDITOR");
    assertThat(http.get("/api/v1/audit?entityId=" + id, auditor.bearer()).body())
        .contains("EDUCATION_PROPOSED", "EDUCATION_ACTIVE", "EDUCATION_SUSPENDED", "EDUCATION_EXPERT_ADDED", "EDUCATION_EVENT_LINKED", "EDUCATION_COMPLETED");
    assertThat(http.get("/api/v1/notifications", georgia.coordinator.bearer()).body()).contains(name);
  }

  @Test
  void aProfessionalDevelopmentProgrammeCountsItsPlacementsAmongThePeopleTrained() {
    var http = new Http(port);
    var ukraine = new Deep(http, "UKR");
    var id = ukraine.active("PDP", "Ministry of Defence of Ukraine " + UUID.randomUUID().toString().substring(0, 6));
    assertThat(ukraine.placement(id, "GCMC", LocalDate.now(), 0).status()).isEqualTo(400);
    assertThat(ukraine.placement(id, "NOWHERE", LocalDate.now(), 2).status()).isEqualTo(400);
    ok(ukraine.placement(id, "GCMC", LocalDate.now(), 5));
    var attendees = new LinkedHashMap<org.entente.Accounts.Account, Integer>();
    attendees.put(ukraine.coordinator, 2);
    var detail = ok(ukraine.link(id, Deep.heldToday(http, "NSO", attendees)));
    var year = detail.get("figures").get(0);
    assertThat(year.get("attended").asInt()).isEqualTo(2);
    assertThat(year.get("placed").asInt()).isEqualTo(5);
    assertThat(year.get("trained").asInt()).isEqualTo(7);
    assertThat(year.get("meanFeedback").isNull()).as("below three answers no mean is shown").isTrue();
    // the partner withdraws only a proposal, with a reason
    var other = ok(ukraine.propose("PDP", "Security Service Academy", ukraine.coordinator)).get("programme").get("id").asString();
    assertThat(ukraine.move(other, "WITHDRAWN", null, ukraine.coordinator).status()).isEqualTo(400);
    assertThat(ok(ukraine.move(other, "WITHDRAWN", "Merged with another", ukraine.coordinator)).get("programme").get("status").asString())
        .isEqualTo("WITHDRAWN");
    assertThat(ukraine.move(id, "WITHDRAWN", "No", ukraine.coordinator).status()).isEqualTo(409);
  }
}
