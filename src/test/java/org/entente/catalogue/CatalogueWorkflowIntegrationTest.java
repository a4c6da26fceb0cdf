package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A provider offers, staff curate: every legal move, and the illegal ones answered 409 with the state named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueWorkflowIntegrationTest {

  @LocalServerPort int port;
  Menu menu;

  @BeforeEach
  void menu() {
    menu = new Menu(new Http(port), "NSO");
  }

  @Test
  void draftSubmitReturnReviseSubmitPublishWithdraw() {
    var code = Menu.uniqueCode("NSO-WF");
    var draft = Menu.draft(code, "NSO");
    assertThat(menu.post("/api/v1/activities", draft, menu.provider).status()).isEqualTo(201);
    assertThat(menu.move(code, "SUBMITTED", null, menu.provider).json().get("status").asString()).isEqualTo("SUBMITTED");

    var noReason = menu.move(code, "RETURNED", null, menu.staff);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("reason");
    var returned = menu.move(code, "RETURNED", "Give the learning objectives in French too.", menu.staff).json();
    assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
    assertThat(returned.get("statusReason").asString()).contains("French");

    draft.put("objectives", Map.of("en", "Understand integrated border management.", "fr", "Comprendre la gestion intégrée des frontières."));
    var revised = menu.http.send("PUT", "/api/v1/activities/" + code, Menu.json.writeValueAsString(draft),
        "Content-Type", "application/json", "Authorization", "Bearer " + menu.provider.token());
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    assertThat(menu.move(code, "SUBMITTED", null, menu.provider).status()).isEqualTo(200);
    assertThat(menu.move(code, "PUBLISHED", null, menu.staff).json().get("status").asString()).isEqualTo("PUBLISHED");

    // a published activity is revised in place, each revision kept
    draft.put("durationDays", 6);
    var republished = menu.http.send("PUT", "/api/v1/activities/" + code, Menu.json.writeValueAsString(draft),
        "Content-Type", "application/json", "Authorization", "Bearer " + menu.provider.token()).json();
    assertThat(republished.get("revision").asInt()).isEqualTo(2);
    assertThat(republished.get("durationDays").asInt()).isEqualTo(6);
    assertThat(republished.get("status").asString()).isEqualTo("PUBLISHED");

    var withdrawn = menu.move(code, "WITHDRAWN", "Replaced by a new course.", menu.provider).json();
    assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
  }

  @Test
  void illegalMovesAre409NamingTheCurrentState() {
    var code = Menu.uniqueCode("NSO-IL");
    menu.post("/api/v1/activities", Menu.draft(code, "NSO"), menu.provider);

    var publishDraft = menu.move(code, "PUBLISHED", null, menu.staff);
    assertThat(publishDraft.status()).isEqualTo(409);
    assertThat(publishDraft.json().get("detail").asString()).contains(code, "DRAFT", "PUBLISHED");

    menu.move(code, "SUBMITTED", null, menu.provider);
    var selfPublish = menu.move(code, "PUBLISHED", null, menu.provider);
    assertThat(selfPublish.status()).as("a provider does not publish its own").isEqualTo(409);
    assertThat(selfPublish.json().get("detail").asString()).contains("SUBMITTED");

    assertThat(menu.move(code, "SHELVED", null, menu.staff).status()).isEqualTo(400);
  }

  @Test
  void eventsAreForPublishedActivitiesAndAreChecked() {
    var code = Menu.uniqueCode("NSO-EV");
    menu.post("/api/v1/activities", Menu.draft(code, "NSO"), menu.provider);
    var starts = LocalDate.now().plusMonths(3);
    var tooEarly = menu.post("/api/v1/activities/" + code + "/events",
        Map.of("startsOn", starts.toString(), "endsOn", starts.plusDays(2).toString(), "seats", 20,
            "nominationsOpen", starts.minusDays(30).toString(), "nominationsClose", starts.minusDays(5).toString()),
        menu.provider);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().get("detail").asString()).contains("DRAFT");

    menu.move(code, "SUBMITTED", null, menu.provider);
    menu.move(code, "PUBLISHED", null, menu.staff);
    var event = menu.addEvent(code, starts, 24);
    assertThat(event.get("id").asString()).hasSize(36);
    assertThat(event.get("seats").asInt()).isEqualTo(24);
    assertThat(menu.http.get("/api/v1/events/" + event.get("id").asString()).status())
        .as("a NATO UNCLASSIFIED activity's event is not for visitors").isEqualTo(404);
    assertThat(menu.http.get("/api/v1/events/" + event.get("id").asString(), menu.staff.bearer()).status()).isEqualTo(200);

    var backwards = menu.post("/api/v1/activities/" + code + "/events",
        Map.of("startsOn", starts.toString(), "endsOn", starts.minusDays(2).toString(), "seats", 0,
            "nominationsOpen", starts.minusDays(30).toString(), "nominationsClose", starts.plusDays(5).toString()),
        menu.provider);
    assertThat(backwards.status()).isEqualTo(400);
    var names = StreamSupport.stream(backwards.json().get("invalid-params").spliterator(), false)
        .map(p -> p.get("name").asString()).toList();
    assertThat(names).contains("seats");
  }

  @Test
  void everyWrongFieldOfADraftIsNamedAndAClassifiedOneRefused() {
    var bad = Menu.draft("x", "ATLANTIS");
    bad.put("type", "PARTY");
    bad.put("languages", List.of("english"));
    bad.put("areas", List.of("ASTROLOGY"));
    bad.put("eligibility", Map.of("kind", "CASE_BY_CASE", "nations", List.of("GEO")));
    var response = menu.post("/api/v1/activities", bad, menu.provider);
    assertThat(response.status()).isEqualTo(400);
    var names = StreamSupport.stream(response.json().get("invalid-params").spliterator(), false)
        .map(p -> p.get("name").asString()).toList();
    assertThat(names).contains("code", "provider", "type", "languages", "areas", "eligibility.councilDecision");

    var secret = Menu.draft(Menu.uniqueCode("NSO-SEC"), "NSO");
    secret.put("marking", Map.of("level", "NATO SECRET", "releasableTo", List.of()));
    assertThat(menu.post("/api/v1/activities", secret, menu.provider).status()).isEqualTo(422);
  }

  @Test
  void codesAreUniqueAndDraftsStayWithTheirProviderAndStaff() {
    var code = Menu.uniqueCode("NSO-DR");
    assertThat(menu.post("/api/v1/activities", Menu.draft(code, "NSO"), menu.provider).status()).isEqualTo(201);
    var otherProvider = new Menu(menu.http, "NDC");
    assertThat(otherProvider.post("/api/v1/activities", Menu.draft(code, "NDC"), otherProvider.provider).status()).isEqualTo(409);
    assertThat(menu.http.get("/api/v1/activities/" + code, otherProvider.provider.bearer()).status()).isEqualTo(404);
    assertThat(menu.http.get("/api/v1/activities/" + code, menu.staff.bearer()).status()).isEqualTo(200);
    var notMine = otherProvider.post("/api/v1/activities", Menu.draft(Menu.uniqueCode("NSO-X"), "NSO"), otherProvider.provider);
    assertThat(notMine.status()).isEqualTo(400);
    assertThat(notMine.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("provider");
    var coordinator = new Accounts(menu.http).create("GEO:NATIONAL_COORDINATOR");
    assertThat(menu.post("/api/v1/activities", Menu.draft(Menu.uniqueCode("GEO-X"), "GEO"), coordinator).status()).isEqualTo(403);
  }
}
