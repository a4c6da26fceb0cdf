package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The EADRU register through the API: a nation registers, revises, confirms and withdraws its entries; an entry
 * older than a year is flagged; an Ally and the centre see every nation's entries, a partner only its own (404 for
 * another's, like an absent one; 403 when an Ally who sees an entry tries to change it); wrong input named field by
 * field; the start page asks for stale entries to be confirmed; a disseminated request's needs answered by the registered entries of the matching kind; all audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapabilityRegisterIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  Responders r;

  @BeforeEach
  void setUp() {
    r = new Responders(new Http(port));
  }

  private static java.util.List<String> ids(JsonNode listing) {
    var ids = new ArrayList<String>();
    listing.get("items").forEach(i -> ids.add(i.has("capability") ? i.get("capability").get("id").asString() : i.get("id").asString()));
    return ids;
  }

  @Test
  void nationsKeepTheirEntriesAndSeeWhatTheyMay() {
    var ally = r.coordinator("DNK");
    var partner = r.coordinator("GEO");
    var otherPartner = r.coordinator("JOR");
    var tag = UUID.randomUUID().toString().substring(0, 8);
    var danish = r.registered(Responders.capability("URBAN_SEARCH_AND_RESCUE", "Danish USAR " + tag), ally);
    assertThat(danish.get("nation").asString()).isEqualTo("DNK");
    assertThat(danish.get("lastConfirmed").asString()).isEqualTo(LocalDate.now().toString());
    assertThat(danish.get("stale").asBoolean()).isFalse();
    var old = Responders.capability("MEDICAL_TEAM", "Georgian medical team " + tag);
    old.put("lastConfirmed", LocalDate.now().minusMonths(13).toString());
    var georgian = r.registered(old, partner);
    assertThat(georgian.get("stale").asBoolean()).as("confirmed more than a year ago").isTrue();
    // the start page asks the nation to confirm it
    assertThat(r.get("/api/v1/me/work", partner).body()).contains("emergencies.capabilities-to-confirm");
    var jordanian = r.registered(Responders.capability("SHELTER", "Jordanian tents " + tag), otherPartner);

    // the centre and an Ally see all three; a partner its own only
    var all = ids(r.get("/api/v1/emergency-capabilities?size=100&nation=GEO", r.centre).json());
    assertThat(all).contains(georgian.get("id").asString());
    assertThat(ids(r.get("/api/v1/emergency-capabilities?kind=SHELTER&size=100", ally).json())).contains(jordanian.get("id").asString());
    var partnersView = r.get("/api/v1/emergency-capabilities?size=100", otherPartner).json();
    partnersView.get("items").forEach(i -> assertThat(i.get("nation").asString()).isEqualTo("JOR"));
    assertThat(ids(partnersView)).contains(jordanian.get("id").asString());
    assertThat(r.get("/api/v1/emergency-capabilities/" + georgian.get("id").asString(), otherPartner).status()).isEqualTo(404);
    assertThat(r.get("/api/v1/emergency-capabilities/" + danish.get("id").asString(), partner).status()).isEqualTo(404);
    assertThat(r.get("/api/v1/emergency-capabilities/" + georgian.get("id").asString(), ally).status()).isEqualTo(200);

    // only the nation changes its entries: another partner is told 404, an Ally that sees it 403
    var georgianId = georgian.get("id").asString();
    assertThat(r.post("/api/v1/emergency-capabilities/" + georgianId + "/confirmation", Map.of(), otherPartner).status()).isEqualTo(404);
    assertThat(r.post("/api/v1/emergency-capabilities/" + georgianId + "/confirmation", Map.of(), ally).status()).isEqualTo(403);
    assertThat(r.http.send("DELETE", "/api/v1/emergency-capabilities/" + georgianId, "", "Authorization", "Bearer " + r.centre.token())
        .status()).isEqualTo(403);
    var confirmed = r.post("/api/v1/emergency-capabilities/" + georgianId + "/confirmation", Map.of(), partner);
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("stale").asBoolean()).isFalse();
    assertThat(confirmed.json().get("lastConfirmed").asString()).isEqualTo(LocalDate.now().toString());
    assertThat(r.get("/api/v1/me/work", partner).body()).doesNotContain("emergencies.capabilities-to-confirm");

    var revised = Responders.capability("MEDICAL_TEAM", "Georgian medical team " + tag);
    revised.put("size", 55);
    var put = r.put("/api/v1/emergency-capabilities/" + georgianId, revised, partner);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().get("size").asInt()).isEqualTo(55);

    // wrong input: every field named, nothing stored
    var wrong = Map.<String, Object>of("kind", "SUBMARINE", "name", " ", "size", 0, "readinessHours", 9999, "selfSufficiencyDays", -1,
        "contact", "", "lastConfirmed", LocalDate.now().plusDays(3).toString());
    var refused = r.post("/api/v1/emergency-capabilities", wrong, partner);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("\"kind\"", "\"name\"", "\"size\"", "\"readinessHours\"", "\"selfSufficiencyDays\"", "\"contact\"",
        "\"lastConfirmed\"");
    // a nation one does not speak for; the centre registers nothing
    var foreign = Responders.capability("SHELTER", "Not mine");
    foreign.put("nation", "NLD");
    assertThat(r.post("/api/v1/emergency-capabilities", foreign, partner).status()).isEqualTo(403);
    assertThat(r.post("/api/v1/emergency-capabilities", Responders.capability("SHELTER", "Centre's"), r.centre).status()).isEqualTo(403);

    var withdrawn = r.http.send("DELETE", "/api/v1/emergency-capabilities/" + jordanian.get("id").asString(), "",
        "Authorization", "Bearer " + otherPartner.token());
    assertThat(withdrawn.status()).isEqualTo(204);
    assertThat(r.get("/api/v1/emergency-capabilities/" + jordanian.get("id").asString(), r.centre).status()).isEqualTo(404);

    long audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
            "select count(*) from audit_record where action like 'CAPABILITY_%' and entity_id in (:ids)")
        .param("ids", java.util.List.of(danish.get("id").asString(), georgianId, jordanian.get("id").asString()))
        .query(Long.class).single()));
    assertThat(audited).as("3 registered, 1 confirmed, 1 revised, 1 withdrawn").isEqualTo(6);
  }

  @Test
  void aDisseminatedRequestIsAnsweredByTheRegister() {
    var stricken = r.coordinator("MDA");
    var ally = r.coordinator("NOR");
    var partner = r.coordinator("AUT");
    var tag = UUID.randomUUID().toString().substring(0, 8);
    var norwegian = r.registered(Responders.capability("WATER_PURIFICATION", "Norwegian water module " + tag), ally);
    var austrian = r.registered(Responders.capability("SHELTER", "Austrian shelter " + tag), partner);
    r.registered(Responders.capability("AERIAL_FIREFIGHTING", "Austrian helicopters " + tag), partner);
    // needs: 1 SHELTER, 2 WATER_SANITATION
    var draft = r.filed(Responders.request("Floods on the Dniester " + tag, 100, 4), stricken).get("id").asString();
    assertThat(r.get("/api/v1/emergencies/" + draft + "/capabilities", stricken).json().get("items").isEmpty())
        .as("nothing before dissemination").isTrue();
    r.moved(draft, "SUBMITTED", stricken);
    r.moved(draft, "DISSEMINATED", r.centre);

    var forCentre = r.get("/api/v1/emergencies/" + draft + "/capabilities", r.centre).json();
    var lines = new java.util.HashMap<String, Integer>();
    forCentre.get("items").forEach(m -> lines.put(m.get("capability").get("id").asString(), m.get("needLine").asInt()));
    assertThat(lines).containsEntry(austrian.get("id").asString(), 1).containsEntry(norwegian.get("id").asString(), 2);
    assertThat(forCentre.toString()).doesNotContain("Austrian helicopters " + tag);
    // a partner sees only its own entries among the matches
    var forPartner = r.get("/api/v1/emergencies/" + draft + "/capabilities", partner).json();
    assertThat(ids(forPartner)).contains(austrian.get("id").asString()).doesNotContain(norwegian.get("id").asString());
  }
}
