package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.council.Secretariat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who sees which published activity: a PfP partner, a Mediterranean Dialogue partner, an ICI partner, a
 * global partner, an Ally and an anonymous visitor, each against the four eligibility rules and a PUBLIC
 * marking — through search, counts and detail alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityIntegrationTest {

  @LocalServerPort int port;
  Http http;
  String tag;
  String allPartners, mediterranean, japanOnly, caseByCase, publicOne, releasedToQatar;

  @BeforeAll
  void menu() {
    http = new Http(port);
    var menu = new Menu(http, "NSO");
    tag = "ELIG" + Menu.uniqueCode("X").substring(2, 8);
    var decision = new Secretariat(http).decide("ELIGIBILITY", "NSO-" + tag + "-CBC", List.of("GEO"), "APPROVED").get("reference").asString();
    allPartners = publish(menu, "ALL", Map.of("kind", "ALL_PARTNERS"), "NATO_UNCLASSIFIED", List.of());
    mediterranean = publish(menu, "MD", Map.of("kind", "FRAMEWORKS", "frameworks", List.of("MEDITERRANEAN_DIALOGUE")), "NATO_UNCLASSIFIED", List.of());
    japanOnly = publish(menu, "JPN", Map.of("kind", "NATIONS", "nations", List.of("JPN")), "NATO_UNCLASSIFIED", List.of());
    caseByCase = publish(menu, "CBC", Map.of("kind", "CASE_BY_CASE", "nations", List.of("GEO"), "councilDecision", decision), "NATO_UNCLASSIFIED", List.of());
    publicOne = publish(menu, "PUB", Map.of("kind", "NATIONS", "nations", List.of("AUS")), "PUBLIC", List.of());
    releasedToQatar = publish(menu, "REL", Map.of("kind", "NATIONS", "nations", List.of("AUS")), "NATO_UNCLASSIFIED", List.of("QAT"));
  }

  private String publish(Menu menu, String name, Map<String, Object> eligibility, String marking, List<String> releasableTo) {
    var code = "NSO-" + tag + "-" + name;
    var draft = Menu.draft(code, "NSO");
    draft.put("title", Map.of("en", "Eligibility " + tag + " " + name, "fr", "Admissibilité " + tag + " " + name));
    draft.put("eligibility", eligibility);
    draft.put("marking", Map.of("level", marking, "releasableTo", releasableTo));
    menu.publish(draft);
    return code;
  }

  private Set<String> seenBy(String... headers) {
    var response = http.get("/api/v1/activities?q=" + tag + "&size=100", headers);
    assertThat(response.status()).isEqualTo(200);
    var body = response.json();
    var codes = StreamSupport.stream(body.get("items").spliterator(), false)
        .map(h -> h.get("activity").get("code").asString())
        .collect(Collectors.toSet());
    assertThat(body.get("total").asInt()).as("counted as shown").isEqualTo(codes.size());
    for (var code : Set.of(allPartners, mediterranean, japanOnly, caseByCase, publicOne, releasedToQatar)) {
      var detail = http.get("/api/v1/activities/" + code, headers).status();
      assertThat(detail).as(code).isEqualTo(codes.contains(code) ? 200 : 404);
    }
    return codes;
  }

  private String[] nation(String code) {
    return new Accounts(http).create(code + ":NATIONAL_COORDINATOR").bearer();
  }

  @Test
  void aPfpPartnerSeesWhatAllPartnersAndItsOwnCouncilDecisionOpen() {
    assertThat(seenBy(nation("GEO"))).containsExactlyInAnyOrder(allPartners, caseByCase, publicOne);
  }

  @Test
  void aMediterraneanDialoguePartnerSeesItsFramework() {
    assertThat(seenBy(nation("JOR"))).containsExactlyInAnyOrder(allPartners, mediterranean, publicOne);
  }

  @Test
  void anIstanbulInitiativePartnerSeesWhatIsReleasedToIt() {
    assertThat(seenBy(nation("QAT"))).containsExactlyInAnyOrder(allPartners, publicOne, releasedToQatar);
  }

  @Test
  void aGlobalPartnerSeesWhatNamesIt() {
    assertThat(seenBy(nation("JPN"))).containsExactlyInAnyOrder(allPartners, japanOnly, publicOne);
  }

  @Test
  void anAllySeesTheWholeMenu() {
    assertThat(seenBy(nation("NLD")))
        .containsExactlyInAnyOrder(allPartners, mediterranean, japanOnly, caseByCase, publicOne, releasedToQatar);
  }

  @Test
  void aVisitorSeesThePublicPartOnly() {
    assertThat(seenBy()).containsExactly(publicOne);
  }

  @Test
  void staffCanAskWhoIsEligible() {
    var staff = new Accounts(http).create("IS:STAFF").bearer();
    var forJordan = http.get("/api/v1/activities?q=" + tag + "&eligibleFor=JOR", staff).json();
    var codes = StreamSupport.stream(forJordan.get("items").spliterator(), false)
        .map(h -> h.get("activity").get("code").asString()).collect(Collectors.toSet());
    assertThat(codes).containsExactlyInAnyOrder(allPartners, mediterranean);
  }
}
