package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participant's own space: the coordinator links the record to the person's account; the person then sees
 * their own nominations (and nobody else's, not even their compatriots'), accepts an offer, gives feedback after
 * attending, downloads their certificate, and reads the notices about themselves only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParticipantSpaceIntegrationTest {

  @LocalServerPort int port;

  @Test
  void linkedParticipantSeesAndActsOnTheirOwnNominationsOnly() {
    var http = new Http(port);
    var reg = new Registrar(http, "NSO");
    var accounts = new Accounts(http);
    var coordinator = reg.coordinator("CHE");
    var provider = reg.menu.provider;
    var anna = accounts.create("CHE:PARTICIPANT");
    var lukas = accounts.create("CHE:PARTICIPANT");
    var today = LocalDate.now();
    var event = reg.event(1, today);
    reg.openUntilStart(event, today);
    var annaRecord = reg.participant(coordinator, "Keller", "Anna");
    var lukasRecord = reg.participant(coordinator, "Meier", "Lukas");

    // before the link, Anna has nothing, and says why
    assertThat(http.get("/api/v1/me/nominations", anna.bearer()).json().get("total").asInt()).isZero();
    // the link: only an account holding PARTICIPANT for the same nation, once
    var jordanian = accounts.create("JOR:PARTICIPANT");
    assertThat(link(http, coordinator, annaRecord, jordanian.id().toString()).status()).isEqualTo(400);
    assertThat(link(http, coordinator, annaRecord, anna.id().toString()).status()).isEqualTo(200);
    assertThat(link(http, coordinator, lukasRecord, anna.id().toString()).status()).isEqualTo(409);
    assertThat(link(http, coordinator, lukasRecord, lukas.id().toString()).status()).isEqualTo(200);
    var otherCoordinator = reg.coordinator("JOR");
    assertThat(link(http, otherCoordinator, annaRecord, null).status()).isEqualTo(404);

    var first = reg.nominated(event, lukasRecord, coordinator).get("id").asString();
    var mine = reg.nominated(event, annaRecord, coordinator).get("id").asString();
    assertThat(reg.move(first, "CONFIRMED", provider).status()).isEqualTo(200);
    assertThat(reg.move(mine, "WAITLISTED", provider).status()).isEqualTo(200);
    assertThat(reg.move(first, "CANCELLED", coordinator).status()).isEqualTo(200);

    var list = http.get("/api/v1/me/nominations", anna.bearer()).json();
    assertThat(list.get("total").asInt()).isEqualTo(1);
    var item = list.get("items").get(0);
    assertThat(item.get("nomination").get("id").asString()).isEqualTo(mine);
    assertThat(item.get("nomination").get("state").asString()).isEqualTo("OFFERED");
    assertThat(item.get("moves").toString()).contains("CONFIRMED", "CANCELLED");
    assertThat(WorkItems.count(http, anna, "registration.my-offers")).isEqualTo(1);
    // Lukas does not see Anna's nomination, and may not move it
    assertThat(http.get("/api/v1/nominations/" + mine, lukas.bearer()).status()).isEqualTo(404);
    assertThat(reg.move(mine, "CANCELLED", lukas).status()).isEqualTo(404);
    // a participant may not decide like a provider
    assertThat(reg.move(mine, "DECLINED", anna).status()).isEqualTo(409);

    // Anna accepts the offer herself
    var accepted = reg.move(mine, "CONFIRMED", anna);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(WorkItems.count(http, anna, "registration.my-offers")).isZero();
    assertThat(WorkItems.count(http, anna, "registration.my-nominations")).isEqualTo(1);

    // the notices about Anna reach Anna, not Lukas (same nation, same role)
    var annasNotices = http.get("/api/v1/notifications", anna.bearer()).body();
    var lukasNotices = http.get("/api/v1/notifications", lukas.bearer()).body();
    assertThat(annasNotices).contains("Anna Keller");
    assertThat(lukasNotices).doesNotContain("Anna Keller").contains("Lukas Meier");

    // after the event: attendance, then her feedback and her certificate
    assertThat(reg.move(mine, "ATTENDED", provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, anna, "registration.my-feedback")).isEqualTo(1);
    assertThat(WorkItems.count(http, anna, "registration.my-certificates")).isEqualTo(1);
    var feedback = reg.menu.post("/api/v1/nominations/" + mine + "/feedback", Map.of("relevance", 5, "quality", 4, "organisation", 4), anna);
    assertThat(feedback.status()).as(feedback.body()).isEqualTo(201);
    assertThat(reg.menu.post("/api/v1/nominations/" + mine + "/feedback", Map.of("relevance", 5, "quality", 4, "organisation", 4), anna)
        .status()).isEqualTo(409);
    assertThat(WorkItems.count(http, anna, "registration.my-feedback")).isZero();
    var pdf = http.get("/api/v1/nominations/" + mine + "/certificate", anna.bearer());
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type").getFirst()).isEqualTo("application/pdf");
    assertThat(http.get("/api/v1/nominations/" + mine + "/certificate", lukas.bearer()).status()).isEqualTo(404);
    // Lukas may not give feedback on Anna's attendance
    assertThat(reg.menu.post("/api/v1/nominations/" + mine + "/feedback", Map.of("relevance", 1, "quality", 1, "organisation", 1), lukas)
        .status()).isEqualTo(404);
  }

  @Test
  void theCoordinatorCorrectsAParticipantAndTheirConsent() {
    var http = new Http(port);
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("NLD");
    var id = reg.participant(coordinator, "Jansen", "Pieter");
    var body = new HashMap<String, Object>();
    body.put("familyName", "Jansen");
    body.put("givenName", "Pieter");
    body.put("rank", "Colonel");
    body.put("email", "pieter.jansen@example.org");
    body.put("languages", java.util.List.of("en", "fr"));
    body.put("listConsent", false);
    var changed = http.send("PUT", "/api/v1/participants/" + id, Registrar.json(body), "Content-Type", "application/json",
        "Authorization", "Bearer " + coordinator.token());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().get("rank").asString()).isEqualTo("Colonel");
    assertThat(changed.json().get("listConsent").asBoolean()).isFalse();
    assertThat(changed.json().get("nation").asString()).isEqualTo("NLD");
    body.put("email", "not an address");
    var refused = http.send("PUT", "/api/v1/participants/" + id, Registrar.json(body), "Content-Type", "application/json",
        "Authorization", "Bearer " + coordinator.token());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("email");
    var provider = reg.menu.provider;
    assertThat(http.send("PUT", "/api/v1/participants/" + id, Registrar.json(body), "Content-Type", "application/json",
        "Authorization", "Bearer " + provider.token()).status()).isEqualTo(403);
  }

  private static Http.Response link(Http http, Accounts.Account as, String participant, String account) {
    var body = new HashMap<String, Object>();
    body.put("account", account);
    return http.send("PUT", "/api/v1/participants/" + participant + "/account", Registrar.json(body),
        "Content-Type", "application/json", "Authorization", "Bearer " + as.token());
  }
}
