package org.entente.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.entente.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The directory API on the real embedded PostgreSQL with the real reference files loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryApiIntegrationTest {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  private JsonNode ok(String path) {
    var response = http.get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    return response.json();
  }

  private JsonNode list(String path) {
    var body = ok(path);
    assertThat(body.get("total").asInt()).isEqualTo(body.get("items").size());
    return body;
  }

  private List<String> codes(String path) {
    return StreamSupport.stream(list(path).get("items").spliterator(), false)
        .map(i -> i.get("code").asString())
        .toList();
  }

  @Test
  void twentyEightAlliesAndTwentyTwoEuroAtlanticPartnersIn2012() {
    assertThat(codes("/api/v1/organisations?kind=ALLY&on=2012-01-01")).hasSize(28).doesNotContain("FIN", "MNE");
    assertThat(codes("/api/v1/organisations?kind=PARTNER&framework=EAPC_PFP&on=2012-01-01"))
        .hasSize(22)
        .contains("FIN", "SWE", "MNE", "MKD", "RUS", "GEO");
  }

  @Test
  void todaysFrameworksHoldTheirPartners() {
    assertThat(codes("/api/v1/organisations?kind=ALLY")).hasSize(32).contains("FIN", "SWE");
    assertThat(codes("/api/v1/organisations?framework=MEDITERRANEAN_DIALOGUE"))
        .containsExactlyInAnyOrder("DZA", "EGY", "ISR", "JOR", "MRT", "MAR", "TUN");
    assertThat(codes("/api/v1/organisations?framework=ISTANBUL_COOPERATION_INITIATIVE"))
        .containsExactlyInAnyOrder("BHR", "KWT", "QAT", "ARE");
    assertThat(codes("/api/v1/organisations?framework=PARTNERS_ACROSS_THE_GLOBE")).hasSize(9).contains("JPN", "COL");
    assertThat(codes("/api/v1/organisations?kind=PARTNER&framework=EAPC_PFP"))
        .hasSize(18)
        .contains("RUS", "BLR", "CHE")
        .doesNotContain("FIN", "SWE");
  }

  @Test
  void suspendedRelationsKeepTheirPartnerWithAStatus() {
    var russia = ok("/api/v1/organisations/RUS");
    assertThat(russia.get("kind").asString()).isEqualTo("PARTNER");
    assertThat(russia.get("status").asString()).isEqualTo("SUSPENDED");
    assertThat(ok("/api/v1/organisations/RUS?on=2010-06-01").get("status").asString()).isEqualTo("ACTIVE");
  }

  @Test
  void nationsMoveFromPartnerToAllyOnTheirAccession() {
    assertThat(ok("/api/v1/organisations/MNE?on=2017-06-04").get("kind").asString()).isEqualTo("PARTNER");
    assertThat(ok("/api/v1/organisations/MNE?on=2017-06-05").get("kind").asString()).isEqualTo("ALLY");
    assertThat(ok("/api/v1/organisations/MKD?on=2020-03-26").get("kind").asString()).isEqualTo("PARTNER");
    assertThat(ok("/api/v1/organisations/MKD?on=2020-03-27").get("kind").asString()).isEqualTo("ALLY");

    var finland = ok("/api/v1/organisations/FIN");
    assertThat(finland.get("allyFrom").asString()).isEqualTo("2023-04-04");
    assertThat(finland.get("memberships").get(0).get("framework").asString()).isEqualTo("EAPC_PFP");
    assertThat(finland.get("memberships").get(0).get("to").asString()).isEqualTo("2023-04-04");
  }

  @Test
  void namesAreThoseOfTheDate() {
    assertThat(ok("/api/v1/organisations/MKD?on=2012-01-01").get("name").get("en").asString())
        .isEqualTo("the former Yugoslav Republic of Macedonia");
    assertThat(ok("/api/v1/organisations/MKD").get("name").get("fr").asString()).isEqualTo("Macédoine du Nord");
  }

  @Test
  void everyKindOfOrganisationIsThere() {
    assertThat(codes("/api/v1/organisations?kind=INTERNATIONAL_ORGANISATION")).contains("UN", "EU", "OSCE", "AU");
    assertThat(codes("/api/v1/organisations?kind=ALLIANCE_BODY")).contains("IS", "IMS", "ACT", "SHAPE");
    assertThat(codes("/api/v1/organisations?kind=INSTITUTION")).contains("NSO", "NDC");
    assertThat(ok("/api/v1/organisations/NSO").get("belongsTo").asString()).isEqualTo("NATO");
  }

  @Test
  void frameworksAndThePolicysTaxonomies() {
    var frameworks = list("/api/v1/frameworks?on=2012-01-01");
    var eapc =
        StreamSupport.stream(frameworks.get("items").spliterator(), false)
            .filter(f -> f.get("code").asString().equals("EAPC_PFP"))
            .findFirst()
            .orElseThrow();
    assertThat(eapc.get("members").asInt()).isEqualTo(22);
    assertThat(codes("/api/v1/frameworks")).contains("NATO_RUSSIA_COUNCIL", "NATO_GEORGIA_COMMISSION");
    assertThat(list("/api/v1/strategic-objectives").get("total").asInt()).isEqualTo(8);
    assertThat(list("/api/v1/priority-areas").get("total").asInt()).isEqualTo(8);
    assertThat(list("/api/v1/areas-of-cooperation").get("total").asInt()).isBetween(30, 40);
    var first = list("/api/v1/priority-areas").get("items").get(0);
    assertThat(first.get("number").asInt()).isEqualTo(1);
    assertThat(first.get("name").get("fr").asString()).isNotBlank();
    assertThat(first.get("source").asString()).startsWith("https://");
  }

  @Test
  void aDateThatIsNotADateIsRefusedNamingTheParameter() {
    var response = http.get("/api/v1/organisations?on=notadate");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("on");
  }

  @Test
  void anUnknownFrameworkOrKindIsRefusedNamingIt() {
    var framework = http.get("/api/v1/organisations?framework=WARSAW_PACT");
    assertThat(framework.status()).isEqualTo(400);
    assertThat(framework.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("framework");
    assertThat(framework.json().get("invalid-params").get(0).get("reason").asString()).contains("EAPC_PFP");

    var kind = http.get("/api/v1/organisations?kind=EMPIRE");
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("kind");
  }

  @Test
  void anUnknownCodeIsNotFound() {
    var response = http.get("/api/v1/organisations/ATL");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains("ATL");
  }
}
