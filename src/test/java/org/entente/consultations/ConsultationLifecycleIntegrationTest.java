package org.entente.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Jordan's "Allies + n" request on maritime security, from the request to the closed record: the Council's
 * decision names the participants (a fourth nation staff had added is left out and never invited), illegal
 * moves answer 409, and each reader sees what it may — Georgia the public summary, not the minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationLifecycleIntegrationTest {

  @LocalServerPort int port;
  Http http;
  Consulting jordan;
  Accounts accounts;

  @BeforeAll
  void setUp() {
    http = new Http(port);
    accounts = new Accounts(http);
    jordan = new Consulting(http, "JOR");
  }

  private static List<String> names(JsonNode problem) {
    return StreamSupport.stream(problem.get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
  }

  private static String text(JsonNode list) {
    return list == null ? "" : list.toString();
  }

  @Test
  void requestedPreparedApprovedWithTheCouncilsParticipantsHeldAndSummarised() {
    var egypt = accounts.create("EGY:NATIONAL_COORDINATOR");
    var tunisia = accounts.create("TUN:NATIONAL_COORDINATOR");
    var georgia = accounts.create("GEO:NATIONAL_COORDINATOR");
    var ally = accounts.create("NLD:NATIONAL_COORDINATOR");

    var id = jordan.requested("Maritime security in the Mediterranean", List.of("EGY", "MAR"));
    var requested = jordan.ok(http.get("/api/v1/consultations/" + id, jordan.coordinator.bearer()));
    assertThat(requested.get("consultation").get("status").asString()).isEqualTo("REQUESTED");
    assertThat(text(requested.get("consultation").get("proposed"))).isEqualTo("[\"JOR\",\"EGY\",\"MAR\"]");
    assertThat(text(requested.get("next"))).contains("WITHDRAWN").doesNotContain("UNDER_CONSIDERATION");

    // nobody but the requester, staff and the Council reads a request; Egypt is not yet a participant
    assertThat(http.get("/api/v1/consultations/" + id, egypt.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/consultations/" + id, ally.bearer()).status()).isEqualTo(404);

    // the requester cannot put it before the Council, nor close it: 409 naming where it stands
    var illegal = jordan.move(id, "UNDER_CONSIDERATION", null, jordan.coordinator);
    assertThat(illegal.status()).isEqualTo(409);
    assertThat(illegal.json().get("detail").asString()).contains("REQUESTED");
    assertThat(jordan.move(id, "CLOSED", null, jordan.staff).status()).isEqualTo(409);
    // nor is it scheduled before an approval
    assertThat(jordan.send("PUT", "/api/v1/consultations/" + id + "/meeting", Map.of("startsAt", LocalDate.now() + "T10:00:00", "place", "Brussels"),
        jordan.staff).status()).isEqualTo(409);

    // staff prepare it with a fourth nation, and put it before the Council
    jordan.ok(jordan.send("PUT", "/api/v1/consultations/" + id + "/participants", Map.of("participants", List.of("JOR", "EGY", "MAR", "TUN")), jordan.staff));
    assertThat(jordan.send("PUT", "/api/v1/consultations/" + id + "/participants", Map.of("participants", List.of("JOR", "BEL")), jordan.staff).status())
        .as("an Ally is not a partner to invite").isEqualTo(400);
    jordan.ok(jordan.move(id, "UNDER_CONSIDERATION", null, jordan.staff));
    var agenda = jordan.ok(http.get("/api/v1/council/agenda", jordan.secretariat.proposer.bearer()));
    assertThat(agenda.toString()).contains(id);

    // the Council approves it with Jordan, Egypt and Morocco, not Tunisia
    jordan.secretariat.decide("CONSULTATION", id, List.of("JOR", "EGY", "MAR"), "APPROVED");
    var approved = jordan.ok(http.get("/api/v1/consultations/" + id, jordan.staff.bearer())).get("consultation");
    assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
    assertThat(text(approved.get("participants"))).isEqualTo("[\"JOR\",\"EGY\",\"MAR\"]");
    assertThat(approved.get("decision").asString()).startsWith("PO(");
    assertThat(http.get("/api/v1/consultations/" + id, egypt.bearer()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/consultations/" + id, ally.bearer()).status()).as("Allies sit at every Allies + n table").isEqualTo(200);
    assertThat(http.get("/api/v1/consultations/" + id, tunisia.bearer()).status()).isEqualTo(404);

    var scheduled = jordan.scheduled(id, LocalDate.now());
    assertThat(scheduled.get("status").asString()).isEqualTo("SCHEDULED");
    var ics = http.get("/api/v1/consultations/" + id + "/invitation.ics", egypt.bearer());
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.header("Content-Type")).startsWith("text/calendar");
    assertThat(ics.body()).contains("BEGIN:VEVENT", "DTSTART:" + LocalDate.now().toString().replace("-", "") + "T100000",
        "SUMMARY:Maritime security in the Mediterranean", "LOCATION:NATO Headquarters\\, Brussels");
    assertThat(http.get("/api/v1/consultations/" + id + "/invitation.ics", tunisia.bearer()).status()).isEqualTo(404);

    // invited: Egypt's coordinators are told, Tunisia's never
    assertThat(http.get("/api/v1/notifications", egypt.bearer()).body()).contains("Maritime security in the Mediterranean");
    assertThat(http.get("/api/v1/notifications", tunisia.bearer()).body()).doesNotContain("Maritime security in the Mediterranean");

    var document = jordan.upload(id, "agenda-annex.pdf", Consulting.pdf("Annex on sea lanes"), jordan.staff);
    assertThat(document.status()).as(document.body()).isEqualTo(201);
    assertThat(jordan.upload(id, "notes.txt", "plain text".getBytes(), jordan.staff).status()).isEqualTo(400);
    assertThat(jordan.upload(id, "x.pdf", Consulting.pdf("x"), jordan.coordinator).status()).isEqualTo(403);
    var documentAddress = "/api/v1/consultations/" + id + "/documents/" + document.json().get("id").asString();
    assertThat(http.get(documentAddress, egypt.bearer()).body()).contains("Annex on sea lanes");
    assertThat(http.get(documentAddress, georgia.bearer()).status()).isEqualTo(404);

    assertThat(jordan.send("POST", "/api/v1/consultations/" + id + "/attendance", Map.of("attended", List.of("TUN")), jordan.staff).status())
        .as("only approved participants attend").isEqualTo(400);
    jordan.ok(jordan.send("POST", "/api/v1/consultations/" + id + "/attendance", Map.of("attended", List.of("JOR", "EGY")), jordan.staff));
    jordan.ok(jordan.send("PUT", "/api/v1/consultations/" + id + "/minutes", Map.of("minutes", "Minutes: Egypt offered a liaison officer."), jordan.staff));
    var shared = jordan.ok(jordan.send("PUT", "/api/v1/consultations/" + id + "/summary",
        Map.of("summary", Map.of("en", "Allies and three partners reviewed maritime security.", "fr", "Les Alliés et trois partenaires ont examiné la sûreté maritime.")),
        jordan.staff)).get("consultation");
    assertThat(shared.get("status").asString()).isEqualTo("SUMMARY_SHARED");

    // transparency: Georgia sees that it took place, its subject and summary; not the record, nor the minutes
    var records = jordan.ok(http.get("/api/v1/consultations/records?size=100", georgia.bearer()));
    assertThat(records.get("page").asInt()).isZero();
    assertThat(records.toString()).contains("Maritime security in the Mediterranean", "Allies and three partners reviewed maritime security.")
        .doesNotContain("Egypt offered a liaison officer", "EGY");
    assertThat(http.get("/api/v1/consultations/" + id, georgia.bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/consultations/" + id, egypt.bearer()).body()).contains("Egypt offered a liaison officer");
    assertThat(http.get("/api/v1/consultations/records", new String[0]).status()).as("not for anonymous readers").isIn(401, 403);

    jordan.ok(jordan.move(id, "CLOSED", null, jordan.staff));
    assertThat(jordan.move(id, "WITHDRAWN", "too late", jordan.coordinator).status()).isEqualTo(409);
  }

  @Test
  void aDecisionOnAConsultationNotBeforeTheCouncilIsRefusedAsAWhole() {
    var id = jordan.requested("Border security", List.of());
    var proposed = jordan.secretariat.propose("CONSULTATION", id, List.of("JOR"), "APPROVED");
    var confirmed = http.send("POST", "/api/v1/council/decisions/" + proposed.get("id").asString() + "/confirm", "",
        jordan.secretariat.confirmer.bearer());
    assertThat(confirmed.status()).isEqualTo(409);
    assertThat(jordan.ok(http.get("/api/v1/council/decisions/" + proposed.get("id").asString(), jordan.staff.bearer())).get("status").asString())
        .isEqualTo("PROPOSED");
    assertThat(jordan.ok(http.get("/api/v1/consultations/" + id, jordan.staff.bearer())).get("consultation").get("status").asString())
        .isEqualTo("REQUESTED");
  }

  @Test
  void theCouncilRejectsAndTheRequesterWithdrawsWithAReason() {
    var rejected = jordan.requested("Energy security", List.of("EGY"));
    jordan.ok(jordan.move(rejected, "UNDER_CONSIDERATION", null, jordan.staff));
    jordan.secretariat.decide("CONSULTATION", rejected, List.of(), "REJECTED");
    var after = jordan.ok(http.get("/api/v1/consultations/" + rejected, jordan.coordinator.bearer())).get("consultation");
    assertThat(after.get("status").asString()).isEqualTo("REJECTED");
    assertThat(after.get("reason").asString()).contains(after.get("decision").asString());

    var withdrawn = jordan.requested("Counter-terrorism", List.of());
    var noReason = jordan.move(withdrawn, "WITHDRAWN", " ", jordan.coordinator);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(names(noReason.json())).containsExactly("reason");
    jordan.ok(jordan.move(withdrawn, "WITHDRAWN", "Raised bilaterally instead.", jordan.coordinator));
    assertThat(jordan.move(withdrawn, "UNDER_CONSIDERATION", null, jordan.staff).status()).isEqualTo(409);
  }

  @Test
  void badInputNamesEachField() {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("organisation", "GEO");
    body.put("format", "PARTY");
    body.put("level", "");
    body.put("participants", List.of("XXX", "BEL"));
    body.put("wishedFrom", LocalDate.now().minusDays(3).toString());
    var response = jordan.send("POST", "/api/v1/consultations", body, jordan.coordinator);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(names(response.json())).contains("organisation", "subject", "format", "level", "participants", "wishedFrom");
    assertThat(http.get("/api/v1/consultations?size=0", jordan.coordinator.bearer()).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/consultations?status=NOPE", jordan.coordinator.bearer()).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/consultations/not-a-uuid", jordan.coordinator.bearer()).status()).isEqualTo(400);
    var participant = accounts.create("JOR:PARTICIPANT");
    assertThat(jordan.request("Anything", List.of(), participant).status()).isEqualTo(403);
  }

  @Test
  void aConsultationWithTheContributorsToAnOperationInvitesOnlyThem() {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("subject", Map.of("en", "KFOR after the elections"));
    body.put("format", "OPERATION_CONTRIBUTORS");
    body.put("level", "AMBASSADORS");
    body.put("operation", "KFOR");
    var asked = jordan.send("POST", "/api/v1/consultations", body, jordan.staff);
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(asked.json().get("consultation").get("operation").asString()).isEqualTo("KFOR");
    assertThat(text(asked.json().get("consultation").get("proposed"))).as("its contributors today").contains("UKR", "CHE").doesNotContain("JOR");

    body.put("participants", List.of("UKR", "EGY"));
    var wrong = jordan.send("POST", "/api/v1/consultations", body, jordan.staff);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("EGY");
    body.put("operation", "ISAF");
    assertThat(names(jordan.send("POST", "/api/v1/consultations", body, jordan.staff).json())).as("ISAF ended in 2014").contains("operation");
    body.remove("operation");
    assertThat(jordan.send("POST", "/api/v1/consultations", body, jordan.staff).status()).isEqualTo(400);
  }

  @Test
  void anEnhancedPartnersConsultationInvitesOnlyTheStatusHolders() {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("subject", Map.of("en", "Interoperability after the summit"));
    body.put("format", "ENHANCED_PARTNERS");
    body.put("level", "AMBASSADORS");
    var asked = jordan.send("POST", "/api/v1/consultations", body, jordan.staff);
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(text(asked.json().get("consultation").get("proposed"))).isEqualTo("[\"AUS\",\"GEO\",\"JOR\",\"UKR\"]");
    body.put("participants", List.of("GEO", "CHE"));
    var refused = jordan.send("POST", "/api/v1/consultations", body, jordan.staff);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("CHE").doesNotContain("GEO is");
  }

  @Test
  void listsArePagedWithTheirTotal() {
    for (int i = 0; i < 3; i++) jordan.requested("Paged " + i, List.of());
    var first = jordan.ok(http.get("/api/v1/consultations?size=2&page=0", jordan.coordinator.bearer()));
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(first.get("size").asInt()).isEqualTo(2);
    var filtered = jordan.ok(http.get("/api/v1/consultations?status=REQUESTED&partner=JOR&size=100", jordan.staff.bearer()));
    assertThat(filtered.get("items").size()).isEqualTo(filtered.get("total").asInt());
    var wrong = http.get("/api/v1/consultations/records?page=-1&size=500", jordan.coordinator.bearer());
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"page\"").contains("\"size\"");
    var second = jordan.ok(http.get("/api/v1/consultations?size=2&page=1", jordan.coordinator.bearer()));
    assertThat(second.get("page").asInt()).isEqualTo(1);
    assertThat(second.get("items").toString()).doesNotContain(first.get("items").get(0).get("id").asString());
  }
}
