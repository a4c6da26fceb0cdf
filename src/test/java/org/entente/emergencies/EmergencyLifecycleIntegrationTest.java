package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request from filing to closure through the API: who sees what at each step, moves out of the table refused
 * with 409 and moves that are someone else's with 403, offers accepted in part, never beyond the need, delivered;
 * notices to every Ally and partner on dissemination; every change in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmergencyLifecycleIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  Responders r;

  @BeforeEach
  void setUp() {
    r = new Responders(new Http(port));
  }

  @Test
  void javaAndTheDatabaseAgreeOnTheMoves() {
    var inJava = new HashSet<String>();
    for (var from : IncidentStatus.values()) {
      from.next().forEach(to -> inJava.add("INCIDENT " + from + ">" + to + " " + from.mover(to).orElseThrow()));
    }
    for (var from : OfferStatus.values()) {
      from.next().forEach(to -> inJava.add("OFFER " + from + ">" + to + " " + from.mover(to).orElseThrow()));
    }
    Set<String> inDatabase = new HashSet<>(jdbc.sql("select entity || ' ' || from_status || '>' || to_status || ' ' || actor from emergencies_transition")
        .query(String.class).list());
    assertThat(inDatabase).isEqualTo(inJava);
  }

  @Test
  void aRequestFromDraftToClosure() {
    var stricken = r.coordinator("GEO");
    var donor = r.coordinator("NLD");
    var other = r.coordinator("JOR");
    var incident = r.filed(Responders.request("Floods in Imereti", 100, 10), stricken);
    var id = incident.get("id").asString();
    var path = "/api/v1/emergencies/" + id;
    assertThat(incident.get("status").asString()).isEqualTo("DRAFT");
    assertThat(incident.get("reference").asString()).startsWith("EADRCC-");
    assertThat(incident.get("needs")).hasSize(2);

    // a draft is the stricken nation's alone
    assertThat(r.get(path, other).status()).isEqualTo(404);
    assertThat(r.get(path, r.centre).status()).isEqualTo(404);
    assertThat(r.get(path, donor).status()).isEqualTo(404);
    // the nation cannot disseminate (the centre's move: 403), nor jump to closed (no such move: 409)
    assertThat(r.move(id, "CLOSED", stricken).status()).isEqualTo(409);
    assertThat(r.move(id, "DISSEMINATED", stricken).status()).isEqualTo(409);
    r.moved(id, "SUBMITTED", stricken);
    assertThat(r.move(id, "DISSEMINATED", stricken).status()).isEqualTo(403);
    assertThat(r.get(path, r.centre).status()).isEqualTo(200);
    assertThat(r.get(path, other).status()).isEqualTo(404);
    // nobody offers before dissemination
    assertThat(r.offer(id, 1, 5, "early", donor).status()).isEqualTo(404);
    r.moved(id, "DISSEMINATED", r.centre);
    assertThat(r.move(id, "DISSEMINATED", r.centre).status()).isEqualTo(409);

    // every Ally and partner is told, each once
    long told = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from notifications_outbox where subject_key = 'emergencies.notice.DISSEMINATED.subject' and arguments[1] = :ref")
        .param("ref", incident.get("reference").asString()).query(Long.class).single()));
    assertThat(told).isGreaterThan(60);
    assertThat(r.get(path, other).status()).isEqualTo(200);

    // an offer: the donor, the stricken nation and the centre see it; another nation only the figures
    var offer = r.offered(id, 1, 60, "Secret-conditions-NLD", donor);
    assertThat(r.get(path + "/offers", other).json().get("total").asInt()).isZero();
    assertThat(r.get(path + "/offers/" + offer, other).status()).isEqualTo(404);
    assertThat(r.get(path + "/offers", stricken).json().get("total").asInt()).isEqualTo(1);
    assertThat(r.get(path + "/offers", r.centre).json().get("total").asInt()).isEqualTo(1);
    assertThat(r.get(path, other).json().get("needs").get(0).get("offered").asInt()).isEqualTo(60);
    assertThat(r.get(path, other).body()).doesNotContain("Secret-conditions-NLD");

    // the stricken nation offers nothing to itself; the donor does not accept its own offer
    assertThat(r.offer(id, 1, 5, "self", stricken).status()).isEqualTo(409);
    assertThat(r.decide(id, offer, "ACCEPTED", null, donor).status()).isEqualTo(403);
    // partly accepted; a second offer cannot take more than the remaining gap
    assertThat(r.decide(id, offer, "ACCEPTED", 61, stricken).status()).isEqualTo(400);
    var accepted = r.decide(id, offer, "ACCEPTED", 50, stricken);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("acceptedQuantity").asInt()).isEqualTo(50);
    var second = r.offered(id, 1, 70, "more", r.coordinator("JPN"));
    var tooMuch = r.decide(id, second, "ACCEPTED", null, stricken);
    assertThat(tooMuch.status()).isEqualTo(409);
    assertThat(tooMuch.body()).contains("50");
    assertThat(r.decide(id, second, "ACCEPTED", 50, stricken).status()).isEqualTo(200);
    assertThat(r.decide(id, second, "DECLINED", null, stricken).status()).isEqualTo(409);
    var need = r.get(path, other).json().get("needs").get(0);
    assertThat(need.get("accepted").asInt()).isEqualTo(100);
    assertThat(need.get("offered").asInt()).isEqualTo(130);

    // delivery, by the donor only
    assertThat(r.decide(id, offer, "DISPATCHED", null, stricken).status()).isEqualTo(403);
    assertThat(r.decide(id, offer, "DISPATCHED", null, donor).status()).isEqualTo(200);
    assertThat(r.decide(id, offer, "ARRIVED", null, donor).status()).isEqualTo(200);
    assertThat(r.get(path, stricken).json().get("needs").get(0).get("delivered").asInt()).isEqualTo(50);

    // reports, numbered, by the centre only, seen by all who see the request
    assertThat(r.post(path + "/sitreps", Map.of("text", Map.of("en", "x")), stricken).status()).isEqualTo(403);
    assertThat(r.post(path + "/sitreps", Map.of("text", Map.of("en", "First report")), r.centre).json().get("number").asInt()).isEqualTo(1);
    assertThat(r.post(path + "/sitreps", Map.of("text", Map.of("fr", "Deuxième rapport")), r.centre).json().get("number").asInt()).isEqualTo(2);
    var sitreps = r.get(path + "/sitreps", other).json();
    assertThat(sitreps.get("total").asInt()).isEqualTo(2);
    assertThat(sitreps.get("page").asInt()).isZero();
    var pdf = r.get(path + "/sitreps/2/pdf", other);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(r.get(path + "/sitreps/3/pdf", other).status()).isEqualTo(404);

    r.moved(id, "COORDINATING", r.centre);
    r.moved(id, "CLOSING", r.centre);
    assertThat(r.offer(id, 2, 5, "late", donor).status()).isEqualTo(409);
    r.moved(id, "CLOSED", r.centre);
    assertThat(r.move(id, "COORDINATING", r.centre).status()).isEqualTo(409);

    // the matching helper: for a later request, the nations that offered shelter before, for the centre only
    var next = r.disseminated(Responders.request("Floods again", 50), r.coordinator("ARM")).get("id").asString();
    var suggested = r.get("/api/v1/emergencies/" + next + "/suggestions", r.centre).body();
    assertThat(suggested).contains("\"donor\":\"NLD\"", "\"donor\":\"JPN\"");
    assertThat(r.get("/api/v1/emergencies/" + next + "/suggestions", other).json().get("total").asInt()).isZero();

    long audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where action like 'INCIDENT_%' and entity_id = :ref")
        .param("ref", incident.get("reference").asString()).query(Long.class).single()));
    assertThat(audited).isEqualTo(6); // filed, submitted, disseminated, coordinating, closing, closed
  }

  @Test
  void badInputIsNamedFieldByField() {
    var stricken = r.coordinator("GEO");
    var response = r.post("/api/v1/emergencies", Map.of("disasterType", "METEOR", "needs",
        java.util.List.of(Map.of("item", "", "category", "SHELTER", "quantity", 0, "unit", "x"))), stricken);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("disasterType", "title", "needs[0].item", "needs[0].quantity");
    assertThat(r.get("/api/v1/emergencies?size=0", stricken).status()).isEqualTo(400);
    assertThat(r.get("/api/v1/emergencies?scope=SOON", stricken).status()).isEqualTo(400);
    assertThat(r.post("/api/v1/emergencies", Map.of(), r.centre).status()).isEqualTo(403);
    assertThat(r.get("/api/v1/emergencies/" + java.util.UUID.randomUUID(), stricken).status()).isEqualTo(404);
  }

  @Test
  void exercisesAreListedApart() {
    var stricken = r.coordinator("MDA");
    var body = new java.util.LinkedHashMap<>(Responders.request("Exercise floods", 5));
    body.put("exercise", true);
    var exercise = r.filed(body, stricken).get("id").asString();
    var real = r.filed(Responders.request("Real floods", 5), stricken).get("id").asString();
    assertThat(r.get("/api/v1/emergencies", stricken).body()).contains(real).doesNotContain(exercise);
    assertThat(r.get("/api/v1/emergencies?exercise=true", stricken).body()).contains(exercise).doesNotContain(real);
  }
}
