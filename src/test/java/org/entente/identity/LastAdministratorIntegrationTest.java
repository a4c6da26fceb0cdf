package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An installation with one administrator: he cannot remove his own administration (nobody could administer
 * any more), and cannot make a second administrator alone (four eyes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "entente.admin.second-password=")
class LastAdministratorIntegrationTest {

  @LocalServerPort int port;

  @Test
  void theLastAdministratorStaysAndCannotMakeAnotherAlone() {
    var http = new Http(port);
    var admin = new String[] {"Authorization", "Bearer " + new Accounts(http).adminToken()};
    var me = http.get("/api/v1/users/me", admin).json().get("id").asString();

    var removed = http.send("DELETE", "/api/v1/users/" + me + "/memberships/IS/ADMIN", "", admin);
    assertThat(removed.status()).as(removed.body()).isEqualTo(409);
    assertThat(removed.json().get("detail").asString()).contains("last administrator");
    assertThat(http.get("/api/v1/users/me", admin).json().get("memberships").toString()).contains("ADMIN");

    var created = http.send("POST", "/api/v1/users", "{\"username\":\"would-be-admin\",\"password\":\"Quartz-lantern-ferry-93\","
        + "\"displayName\":\"W\",\"memberships\":[{\"organisation\":\"IS\",\"role\":\"ADMIN\"}]}", "Content-Type", "application/json",
        admin[0], admin[1]);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("memberships").size()).as("ADMIN awaits a second administrator").isZero();
    var grant = http.get("/api/v1/pending-grants", admin).json().get("items").get(0).get("id").asString();
    assertThat(http.send("POST", "/api/v1/pending-grants/" + grant + "/confirm", "", admin).status()).isEqualTo(409);
  }
}
