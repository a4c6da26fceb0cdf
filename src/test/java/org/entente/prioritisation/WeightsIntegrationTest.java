package org.entente.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.council.Secretariat;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Weights of the considerations: proposed by staff, in force only by a confirmed Council decision (the set before
 * superseded in the same commit), rejected or withdrawn otherwise, never edited; one table of moves in Java and in
 * the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeightsIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  static Map<String, Object> weights(int... w) {
    var out = new LinkedHashMap<String, Object>();
    for (var c : Consideration.values()) out.put(c.name(), w[c.ordinal()]);
    return out;
  }

  private JsonNode propose(Priorities p, int... w) {
    return p.expect(201, "POST", "/api/v1/prioritisation/weights", Map.of("weights", weights(w), "reason", Map.of("en", "Review", "fr", "Revue")),
        p.staff);
  }

  private String status(Priorities p, JsonNode set) {
    return p.expect(200, "GET", "/api/v1/prioritisation/weights/" + set.get("id").asString(), null, p.staff).get("status").asString();
  }

  @Test
  void theJavaTableOfMovesIsTheDatabaseOne() {
    var inDatabase = new HashSet<List<WeightStatus>>();
    jdbc.sql("select from_status, to_status from prioritisation_transition where machine = 'WEIGHTS'").query((rs, n) -> inDatabase.add(
        List.of(WeightStatus.valueOf(rs.getString(1)), WeightStatus.valueOf(rs.getString(2))))).list();
    assertThat(inDatabase).isEqualTo(WeightStatus.legalMoves());
  }

  @Test
  void inForceOnlyByAConfirmedCouncilDecision() {
    var p = new Priorities(new Http(port));
    var secretariat = new Secretariat(p.http);
    p.withdrawPending();
    var before = p.expect(200, "GET", "/api/v1/prioritisation/weights/current", null, p.staff);
    var first = propose(p, 9, 6, 7, 5, 4, 2, 6);
    assertThat(first.get("status").asString()).isEqualTo("PROPOSED");
    // one proposal at a time; the weights in force do not move until the Council decides
    assertThat(p.send("POST", "/api/v1/prioritisation/weights", Map.of("weights", weights(1, 1, 1, 1, 1, 1, 1), "reason", Map.of("en", "x")),
        p.staff).status()).isEqualTo(409);
    assertThat(p.expect(200, "GET", "/api/v1/prioritisation/weights/current", null, p.staff).get("weights"))
        .isEqualTo(before.get("weights"));
    secretariat.decide("PRIORITISATION", first.get("id").asString(), List.of(), "APPROVED");
    assertThat(status(p, first)).isEqualTo("IN_FORCE");
    var current = p.expect(200, "GET", "/api/v1/prioritisation/weights/current", null, p.person("GEO:NATIONAL_COORDINATOR"));
    assertThat(current.get("weights").get("ASPIRATION").asInt()).isEqualTo(9);
    assertThat(current.get("set").get("id").asString()).isEqualTo(first.get("id").asString());

    var refused = propose(p, 0, 0, 0, 10, 0, 0, 0);
    secretariat.decide("PRIORITISATION", refused.get("id").asString(), List.of(), "REJECTED");
    assertThat(status(p, refused)).isEqualTo("REJECTED");
    assertThat(status(p, first)).isEqualTo("IN_FORCE");

    var second = propose(p, 3, 8, 8, 5, 5, 3, 7);
    secretariat.decide("PRIORITISATION", second.get("id").asString(), List.of(), "APPROVED");
    assertThat(status(p, second)).isEqualTo("IN_FORCE");
    assertThat(status(p, first)).isEqualTo("SUPERSEDED");

    var withdrawn = propose(p, 1, 2, 3, 4, 5, 6, 7);
    p.expect(200, "POST", "/api/v1/prioritisation/weights/" + withdrawn.get("id").asString() + "/withdrawal", null, p.staff);
    assertThat(status(p, withdrawn)).isEqualTo("WITHDRAWN");
    assertThat(p.send("POST", "/api/v1/prioritisation/weights/" + withdrawn.get("id").asString() + "/withdrawal", null, p.staff).status())
        .isEqualTo(409);
    assertThat(p.send("POST", "/api/v1/prioritisation/weights/" + second.get("id").asString() + "/withdrawal", null, p.staff).status())
        .isEqualTo(409);

    var history = new ArrayList<String>();
    p.expect(200, "GET", "/api/v1/prioritisation/weights", null, p.staff).get("items").forEach(s -> history.add(s.get("status").asString()));
    assertThat(history).containsSubsequence("WITHDRAWN", "IN_FORCE", "REJECTED", "SUPERSEDED");
    long audited = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where entity_type = 'weights' and entity_id in (:ids)")
        .param("ids", List.of(first.get("id").asString(), second.get("id").asString(), refused.get("id").asString(), withdrawn.get("id").asString()))
        .query(Long.class).single()));
    assertThat(audited).isGreaterThanOrEqualTo(9);
    // the database refuses an illegal move whatever the application says
    assertThatThrownBy(() -> SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "update prioritisation_weights set status = 'PROPOSED' where id = cast(:id as uuid)").param("id", second.get("id").asString()).update())))
        .hasMessageContaining("illegal weights move");
  }

  @Test
  void badInputIsNamedAndOnlyStaffPropose() {
    var p = new Priorities(new Http(port));
    var partial = new LinkedHashMap<String, Object>(weights(1, 2, 3, 4, 5, 6, 7));
    partial.remove("PRIORITY_AREA");
    partial.put("ASPIRATION", 11);
    partial.put("LUCK", 3);
    var wrong = p.send("POST", "/api/v1/prioritisation/weights", Map.of("weights", partial), p.staff);
    assertThat(wrong.status()).isEqualTo(400);
    var names = new ArrayList<String>();
    wrong.json().get("invalid-params").forEach(v -> names.add(v.get("name").asString()));
    assertThat(names).contains("weights.ASPIRATION", "weights.PRIORITY_AREA", "weights.LUCK", "reason");
    assertThat(p.send("POST", "/api/v1/prioritisation/weights", Map.of("weights", weights(1, 2, 3, 4, 5, 6, 7), "reason", Map.of("en", "x")),
        p.person("GEO:NATIONAL_COORDINATOR")).status()).isEqualTo(403);
    assertThat(p.send("GET", "/api/v1/prioritisation/weights/6f1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", null, p.staff).status()).isEqualTo(404);
    assertThat(p.http.get("/prioritisation/weights", p.staff.bearer()).body()).contains("id=\"weights-table\"");
  }
}
