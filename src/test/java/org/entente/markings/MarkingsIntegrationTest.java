package org.entente.markings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A classified marking is refused twice: 422 at the API, and by the database's own check. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MarkingsIntegrationTest.MarkedInput.class)
class MarkingsIntegrationTest {

  /** Stands for any input that carries a marking (the menu, programmes, …). */
  @TestConfiguration
  @RestController
  static class MarkedInput {
    record Marked(String level, List<String> releasableTo) {}

    @PostMapping("/api/v1/test-only/marked")
    Marking accept(@RequestBody Marked body) {
      return Marking.parse(body.level(), body.releasableTo(), "marking");
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theApiRefusesAClassifiedMarkingWith422AndSaysWhy() {
    var http = new Http(port);
    var token = new Accounts(http).adminToken();
    var refused = http.send("POST", "/api/v1/test-only/marked", "{\"level\":\"NATO SECRET\",\"releasableTo\":[]}",
        "Content-Type", "application/json", "Authorization", "Bearer " + token, "Accept-Language", "fr");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asString()).contains("NATO SECRET", "aucune information classifiée");
    assertThat(refused.json().get("invalid-params").get(0).get("name").asString()).isEqualTo("marking");

    var accepted = http.send("POST", "/api/v1/test-only/marked", "{\"level\":\"NATO UNCLASSIFIED\",\"releasableTo\":[\"EAPC_PFP\"]}",
        "Content-Type", "application/json", "Authorization", "Bearer " + token);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("level").asString()).isEqualTo("NATO_UNCLASSIFIED");
  }

  @Test
  void theDatabaseRefusesAnyOtherMarking() {
    var error = catchThrowable(() -> jdbc.sql("select cast('SECRET' as marking_level)").query(String.class).single());
    assertThat(org.assertj.core.util.Throwables.getRootCause(error)).hasMessageContaining("marking_level");
    assertThat(jdbc.sql("select cast('NATO_UNCLASSIFIED' as marking_level)").query(String.class).single())
        .isEqualTo("NATO_UNCLASSIFIED");
  }
}
