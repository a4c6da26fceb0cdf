package org.entente.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The register: four eyes, validation, who reads what, and the menu's case-by-case eligibility citing it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilRegisterIntegrationTest {

  private static final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;
  Http http;
  Secretariat secretariat;

  @BeforeAll
  void setUp() {
    http = new Http(port);
    secretariat = new Secretariat(http);
  }

  private Http.Response post(String path, Object body, String... auth) {
    var headers = new String[auth.length + 2];
    headers[0] = "Content-Type";
    headers[1] = "application/json";
    System.arraycopy(auth, 0, headers, 2, auth.length);
    return http.send("POST", path, json.writeValueAsString(body), headers);
  }

  @Test
  void theProposerCannotConfirmAndASecondMemberMakesItTakeEffect() {
    var proposed = secretariat.propose("ELIGIBILITY", "NSO-X", List.of("GEO"), "APPROVED");
    assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
    var id = proposed.get("id").asString();

    var byProposer = http.send("POST", "/api/v1/council/decisions/" + id + "/confirm", "", secretariat.proposer.bearer());
    assertThat(byProposer.status()).isEqualTo(409);
    assertThat(byProposer.json().get("detail").asString()).contains("another member");
    assertThat(http.get("/api/v1/council/decisions/" + id, secretariat.proposer.bearer()).json().get("status").asString())
        .isEqualTo("PROPOSED");

    var staff = new Accounts(http).create("IS:STAFF");
    assertThat(http.send("POST", "/api/v1/council/decisions/" + id + "/confirm", "", staff.bearer()).status())
        .as("staff read the register but do not record in it").isEqualTo(403);

    var confirmed = http.send("POST", "/api/v1/council/decisions/" + id + "/confirm", "", secretariat.confirmer.bearer());
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.json().get("confirmedBy").asString()).isEqualTo(secretariat.confirmer.username());

    var again = http.send("POST", "/api/v1/council/decisions/" + id + "/confirm", "", secretariat.confirmer.bearer());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("CONFIRMED");
  }

  @Test
  void everyWrongFieldIsNamedAndAReferenceIsUnique() {
    var bad = post("/api/v1/council/decisions", Map.of("reference", "x", "decidedOn", LocalDate.now().plusDays(3).toString(),
        "subjectType", "WAR", "outcome", "MAYBE", "concerns", List.of("ZZZ")), secretariat.proposer.bearer());
    assertThat(bad.status()).isEqualTo(400);
    var names = StreamSupport.stream(bad.json().get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList();
    assertThat(names).contains("reference", "decidedOn", "subjectType", "outcome", "text", "concerns");

    var first = secretariat.propose("OTHER", "note", List.of(), "NOTED");
    var clash = post("/api/v1/council/decisions", Map.of("reference", first.get("reference").asString(), "decidedOn", LocalDate.now().toString(),
        "subjectType", "OTHER", "outcome", "NOTED", "text", Map.of("en", "Again")), secretariat.proposer.bearer());
    assertThat(clash.status()).isEqualTo(409);

    var programme = post("/api/v1/council/decisions", Map.of("reference", Secretariat.reference(), "decidedOn", LocalDate.now().toString(),
        "subjectType", "PROGRAMME", "subjectId", "00000000-0000-0000-0000-000000000000", "outcome", "APPROVED",
        "text", Map.of("en", "Approved")), secretariat.proposer.bearer());
    assertThat(programme.status()).as("a programme decision needs a programme awaiting one").isEqualTo(400);
    assertThat(programme.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("subjectId");
  }

  @Test
  void confirmedDecisionsReachTheNationsTheyConcernAndAlliesProposalsReachNoOne() {
    var confirmed = secretariat.decide("ELIGIBILITY", "NSO-Y", List.of("GEO"), "APPROVED").get("reference").asString();
    var proposal = secretariat.propose("ELIGIBILITY", "NSO-Z", List.of("GEO"), "APPROVED").get("reference").asString();
    var accounts = new Accounts(http);
    assertThat(references(accounts.create("GEO:NATIONAL_COORDINATOR").bearer())).contains(confirmed).doesNotContain(proposal);
    assertThat(references(accounts.create("JOR:NATIONAL_COORDINATOR").bearer())).doesNotContain(confirmed, proposal);
    assertThat(references(accounts.create("FRA:NATIONAL_COORDINATOR").bearer())).contains(confirmed).doesNotContain(proposal);
    assertThat(references(accounts.create("NDC:PROVIDER_MANAGER").bearer())).contains(confirmed).doesNotContain(proposal);
    assertThat(references(accounts.create("JOR:PARTICIPANT").bearer())).isEmpty();
    assertThat(references(accounts.create("IS:STAFF").bearer())).contains(confirmed, proposal);
    assertThat(http.get("/api/v1/council/decisions").status()).isEqualTo(401);
  }

  @Test
  void caseByCaseEligibilityMustCiteAConfirmedApprovalThatAdmitsTheNations() {
    var menu = new Menu(http, "NSO");
    var approval = secretariat.decide("ELIGIBILITY", "case", List.of("GEO"), "APPROVED").get("reference").asString();
    var unconfirmed = secretariat.propose("ELIGIBILITY", "case", List.of("GEO"), "APPROVED").get("reference").asString();

    for (var cited : List.of("PO(1999)0001", unconfirmed)) {
      var draft = Menu.draft(Menu.uniqueCode("NSO"), "NSO");
      draft.put("eligibility", Map.of("kind", "CASE_BY_CASE", "nations", List.of("GEO"), "councilDecision", cited));
      var refused = menu.post("/api/v1/activities", draft, menu.provider);
      assertThat(refused.status()).as(cited).isEqualTo(400);
      assertThat(refused.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("eligibility.councilDecision");
    }
    var tooMany = Menu.draft(Menu.uniqueCode("NSO"), "NSO");
    tooMany.put("eligibility", Map.of("kind", "CASE_BY_CASE", "nations", List.of("GEO", "ARM"), "councilDecision", approval));
    var refused = menu.post("/api/v1/activities", tooMany, menu.provider);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("ARM");

    var good = Menu.draft(Menu.uniqueCode("NSO"), "NSO");
    good.put("eligibility", Map.of("kind", "CASE_BY_CASE", "nations", List.of("GEO"), "councilDecision", approval.toLowerCase()));
    var created = menu.post("/api/v1/activities", good, menu.provider);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("eligibility").get("councilDecision").asString()).isEqualTo(approval);
  }

  private List<String> references(String... auth) {
    var response = http.get("/api/v1/council/decisions", auth);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("total").asInt()).isEqualTo(response.json().get("items").size());
    return StreamSupport.stream(response.json().get("items").spliterator(), false).map(d -> d.get("reference").asString()).toList();
  }
}
