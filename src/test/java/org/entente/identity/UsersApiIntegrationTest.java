package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts over the API: creation by an administrator, the password rules, who sees whom, tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  Http http;
  Accounts accounts;

  @BeforeEach
  void client() {
    http = new Http(port);
    accounts = new Accounts(http);
  }

  private Http.Response createAs(String token, String body) {
    return http.send("POST", "/api/v1/users", body, "Content-Type", "application/json", "Authorization", "Bearer " + token);
  }

  @Test
  void anAdministratorCreatesAnAccountThatCanSignIn() {
    var response =
        createAs(accounts.adminToken(),
            """
            {"username":"geo.coordinator.test","password":"Tbilisi-spring-2026!","displayName":"Nino Beridze",
             "email":"nino@example.ge","memberships":[{"organisation":"GEO","role":"NATIONAL_COORDINATOR"}]}
            """);
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).startsWith("/api/v1/users/");
    assertThat(response.json().get("memberships").get(0).get("organisation").asString()).isEqualTo("GEO");

    var token = accounts.token("geo.coordinator.test", "Tbilisi-spring-2026!");
    var me = http.get("/api/v1/users/me", "Authorization", "Bearer " + token).json();
    assertThat(me.get("username").asString()).isEqualTo("geo.coordinator.test");
    assertThat(me.get("displayName").asString()).isEqualTo("Nino Beridze");

    var again = createAs(accounts.adminToken(),
        "{\"username\":\"geo.coordinator.test\",\"password\":\"Another-long-pass-77\",\"displayName\":\"X\","
            + "\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"PARTICIPANT\"}]}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("geo.coordinator.test");
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsCreated() {
    var response =
        createAs(accounts.adminToken(),
            """
            {"username":"X","password":"short","displayName":"","email":"not-an-address",
             "memberships":[{"organisation":"ATLANTIS","role":"KING"}]}
            """);
    assertThat(response.status()).isEqualTo(400);
    var names =
        StreamSupport.stream(response.json().get("invalid-params").spliterator(), false)
            .map(p -> p.get("name").asString())
            .toList();
    assertThat(names).contains("username", "password", "displayName", "email",
        "memberships[0].organisation", "memberships[0].role");
    var list = http.get("/api/v1/users", "Authorization", "Bearer " + accounts.adminToken()).body();
    assertThat(list).doesNotContain("\"X\"");
  }

  @Test
  void commonAndBreachedPasswordsAreRefused() {
    for (var password : new String[] {"password1234", "qwertyuiop123", "aaaaaaaaaaaaaaaa"}) {
      var response =
          createAs(accounts.adminToken(),
              "{\"username\":\"weak.pw\",\"password\":\"" + password + "\",\"displayName\":\"W\","
                  + "\"memberships\":[{\"organisation\":\"JOR\",\"role\":\"PARTICIPANT\"}]}");
      assertThat(response.status()).as(password).isEqualTo(400);
      assertThat(response.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("password");
    }
    var tooLong = "x".repeat(60) + "Y-7".repeat(30);
    assertThat(createAs(accounts.adminToken(),
        "{\"username\":\"long.pw\",\"password\":\"" + tooLong + "\",\"displayName\":\"L\","
            + "\"memberships\":[{\"organisation\":\"JOR\",\"role\":\"PARTICIPANT\"}]}").status()).isEqualTo(400);
  }

  @Test
  void aRoleThatReachesAcrossNationsCannotBeHeldForANation() {
    var response = createAs(accounts.adminToken(),
        "{\"username\":\"geo.staff\",\"password\":\"Tbilisi-orchard-lamp-1\",\"displayName\":\"S\","
            + "\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"STAFF\"}]}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("memberships[0].role");
  }

  @Test
  void onlyAnAdministratorCreatesAccounts() {
    var coordinator = accounts.create("GEO:NATIONAL_COORDINATOR");
    var response = createAs(coordinator.token(),
        "{\"username\":\"sneaky\",\"password\":\"Sneaky-long-pass-42\",\"displayName\":\"S\","
            + "\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"ADMIN\"}]}");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void aCoordinatorSeesTheAccountsOfTheirOrganisationOnly() {
    var georgian = accounts.create("GEO:NATIONAL_COORDINATOR");
    var colleague = accounts.create("GEO:PARTICIPANT", "NSO:PROVIDER_MANAGER");
    var jordanian = accounts.create("JOR:PARTICIPANT");

    var seen = http.get("/api/v1/users", georgian.bearer()).json();
    var usernames =
        StreamSupport.stream(seen.get("items").spliterator(), false).map(u -> u.get("username").asString()).toList();
    assertThat(usernames).contains(georgian.username(), colleague.username()).doesNotContain(jordanian.username(), "admin");
    assertThat(seen.get("total").asInt()).isEqualTo(usernames.size());
    // of the colleague, only the Georgian role is visible, not the other affiliation
    var colleagueSeen = http.get("/api/v1/users/" + colleague.id(), georgian.bearer()).json();
    assertThat(colleagueSeen.get("memberships").size()).isEqualTo(1);
    assertThat(colleagueSeen.get("memberships").get(0).get("organisation").asString()).isEqualTo("GEO");

    var hidden = http.get("/api/v1/users/" + jordanian.id(), georgian.bearer());
    assertThat(hidden.status()).as("hidden answers like absent").isEqualTo(404);
    assertThat(http.get("/api/v1/users/00000000-0000-0000-0000-000000000000", georgian.bearer()).status()).isEqualTo(404);
  }

  @Test
  void aParticipantMayNotListAccounts() {
    var participant = accounts.create("QAT:PARTICIPANT");
    assertThat(http.get("/api/v1/users", participant.bearer()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/users/me", participant.bearer()).status()).isEqualTo(200);
  }

  @Test
  void aTokenWorksUntilRevokedAndIsKeptOnlyAsItsHash() {
    var account = accounts.create("CHE:NATIONAL_COORDINATOR");
    var issued = http.send("POST", "/api/v1/auth/token",
        "{\"username\":\"" + account.username() + "\",\"password\":\"" + account.password() + "\"}",
        "Content-Type", "application/json").json();
    var token = issued.get("token").asString();
    assertThat(token).startsWith("ent_").hasSizeGreaterThanOrEqualTo(4 + 43); // 256 bits, base64url
    assertThat(issued.get("expiresAt").asString()).isNotBlank();

    assertThat(http.get("/api/v1/users/me", "Authorization", "Bearer " + token).status()).isEqualTo(200);
    assertThat(http.send("DELETE", "/api/v1/auth/token", "", "Authorization", "Bearer " + token).status()).isEqualTo(204);
    var after = http.get("/api/v1/users/me", "Authorization", "Bearer " + token);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().get("detail").asString()).contains("revoked");
  }

  @Test
  void aTokenStopsWorkingWhenItExpiresOrItsAccountIsDisabled() {
    var expiring = accounts.create("CHE:NATIONAL_COORDINATOR");
    var disabled = accounts.create("CHE:NATIONAL_COORDINATOR");
    assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + expiring.token()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + disabled.token()).status()).isEqualTo(200);
    SystemWork.run("test", () -> transactions.executeWithoutResult(s -> {
      jdbc.sql("update identity_token set expires_at = now() - interval '1 second' where hash = :hash")
          .param("hash", Tokens.hash(expiring.token())).update();
      jdbc.sql("update identity_user set enabled = false where username = :u").param("u", disabled.username()).update();
    }));
    assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + expiring.token()).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + disabled.token()).status()).isEqualTo(401);
  }

  @Test
  void missingCredentialsAreNamed() {
    var response = http.send("POST", "/api/v1/auth/token", "{\"username\":\"admin\"}", "Content-Type", "application/json");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("password");
  }
}
