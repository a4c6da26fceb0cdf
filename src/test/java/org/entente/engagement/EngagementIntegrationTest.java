package org.entente.engagement;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference facts on given dates (who was an Enhanced Opportunities Partner, which operations ran and who
 * contributed), the register of Contact Point Embassies, and who reads a mission's people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementIntegrationTest {

  private static final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort int port;
  Http http;
  Accounts.Account staff;
  Accounts.Account reader;

  @BeforeAll
  void setUp() {
    http = new Http(port);
    var accounts = new Accounts(http);
    staff = accounts.create("IS:STAFF");
    reader = accounts.create("JOR:PARTICIPANT");
  }

  private List<String> codes(String path, String field) {
    var response = http.get(path, reader.bearer());
    assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
    return StreamSupport.stream(response.json().get("items").spliterator(), false).map(n -> n.get(field).asString()).distinct().sorted().toList();
  }

  private Http.Response send(String method, String path, Object body, Accounts.Account as) {
    return http.send(method, path, json.writeValueAsString(body), "Content-Type", "application/json", as.bearer()[0], as.bearer()[1]);
  }

  @Test
  void enhancedOpportunitiesPartnersOnGivenDates() {
    var eop = "/api/v1/engagement/statuses?status=ENHANCED_OPPORTUNITIES_PARTNER&on=";
    assertThat(codes(eop + "2014-09-04", "organisation")).isEmpty();
    assertThat(codes(eop + "2015-01-01", "organisation")).containsExactly("AUS", "FIN", "GEO", "JOR", "SWE");
    assertThat(codes(eop + "2023-04-04", "organisation")).as("Finland an Ally").containsExactly("AUS", "GEO", "JOR", "SWE", "UKR");
    assertThat(codes(eop + "2024-06-01", "organisation")).containsExactly("AUS", "GEO", "JOR", "UKR");
    assertThat(http.get("/api/v1/engagement/statuses?status=FRIEND", reader.bearer()).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/engagement/statuses?on=yesterday", reader.bearer()).status()).isEqualTo(400);
  }

  @Test
  void operationsAndContributionsOnGivenDates() {
    assertThat(codes("/api/v1/engagement/operations?on=2010-06-01", "code")).containsExactly("ISAF", "KFOR", "OCEAN_SHIELD");
    assertThat(codes("/api/v1/engagement/operations?on=2019-06-01", "code")).containsExactly("KFOR", "NMI", "RSM", "SEA_GUARDIAN");
    assertThat(codes("/api/v1/engagement/contributions?operation=ISAF&on=2010-06-01", "organisation")).contains("AUS", "KOR", "NZL");
    assertThat(codes("/api/v1/engagement/contributions?operation=ISAF&on=2016-01-01", "organisation")).isEmpty();
    assertThat(codes("/api/v1/engagement/contributions?organisation=AUS", "operation")).containsExactly("ISAF", "RSM");
  }

  @Test
  void contactPointEmbassiesAreAssignedForTwoYearsAndTheirNationReadsTheMissionsPeople() {
    var accounts = new Accounts(http);
    var georgia = accounts.create("GEO:NATIONAL_COORDINATOR");
    var lithuania = accounts.create("LTU:NATIONAL_COORDINATOR");
    var jordan = accounts.create("JOR:NATIONAL_COORDINATOR");
    var today = LocalDate.now();

    var assigned = send("POST", "/api/v1/engagement/contact-points", Map.of("partner", "GEO", "embassyOf", "LTU", "validFrom", today.toString()), staff);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
    assertThat(assigned.json().get("validTo").asString()).isEqualTo(today.plusYears(2).toString());
    assertThat(send("POST", "/api/v1/engagement/contact-points", Map.of("partner", "GEO", "embassyOf", "LTU", "validFrom", today.plusYears(1).toString()), staff)
        .status()).as("overlapping term").isEqualTo(409);
    var wrong = send("POST", "/api/v1/engagement/contact-points", Map.of("partner", "BEL", "embassyOf", "JOR"), staff);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(StreamSupport.stream(wrong.json().get("invalid-params").spliterator(), false).map(p -> p.get("name").asString()).toList())
        .contains("partner", "embassyOf");
    assertThat(send("POST", "/api/v1/engagement/contact-points", Map.of("partner", "GEO", "embassyOf", "NLD"), georgia).status()).isEqualTo(403);
    assertThat(codes("/api/v1/engagement/contact-points?partner=GEO&on=" + today, "embassyOf")).contains("LTU");
    assertThat(codes("/api/v1/engagement/contact-points?partner=GEO&on=" + today.plusYears(2), "embassyOf")).doesNotContain("LTU");

    var mission = send("PUT", "/api/v1/engagement/partners/GEO/mission", Map.of("address", "Boulevard Léopold III, 1110 Brussels"), georgia);
    assertThat(mission.status()).as(mission.body()).isEqualTo(200);
    assertThat(send("PUT", "/api/v1/engagement/partners/GEO/mission", Map.of("address", "Elsewhere"), jordan).status()).isEqualTo(409);
    var contact = send("POST", "/api/v1/engagement/partners/GEO/mission/contacts",
        Map.of("name", "Nino Example", "function", "Deputy head of mission", "email", "nino@example.org"), georgia);
    assertThat(contact.status()).as(contact.body()).isEqualTo(201);
    assertThat(send("POST", "/api/v1/engagement/partners/GEO/mission/contacts", Map.of("name", "X", "function", "Y", "email", "not-an-address"), georgia)
        .status()).isEqualTo(400);

    assertThat(http.get("/api/v1/engagement/partners/GEO/mission/contacts", georgia.bearer()).body()).contains("Nino Example");
    assertThat(http.get("/api/v1/engagement/partners/GEO/mission/contacts", lithuania.bearer()).body()).as("the CPE's nation").contains("Nino Example");
    assertThat(http.get("/api/v1/engagement/partners/GEO/mission/contacts", jordan.bearer()).body()).doesNotContain("Nino Example");
    var profile = http.get("/api/v1/engagement/partners/GEO", jordan.bearer());
    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.body()).contains("ENHANCED_OPPORTUNITIES_PARTNER", "LTU", "Boulevard Léopold III").doesNotContain("Nino Example");
    var page = http.get("/engagement/GEO", lithuania.bearer());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Nino Example");
    assertThat(http.get("/engagement/XXX", jordan.bearer()).status()).isEqualTo(404);
  }

}
