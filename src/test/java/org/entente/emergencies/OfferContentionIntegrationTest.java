package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fifty nations offer against three needs of 20 each while the stricken nation accepts every offer as it comes,
 * all at once over HTTP: accepted never exceeds what is needed, each need is filled exactly, the counters equal
 * the sum of the accepted lines (nothing lost), and no answer is a 5xx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfferContentionIntegrationTest {

  static final int NATIONS = 50;
  static final int NEEDED = 20;
  static final int EACH = 4;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void acceptedNeverExceedsNeeded() throws Exception {
    var r = new Responders(new Http(port));
    var stricken = r.coordinator("MDA");
    var incident = r.disseminated(Responders.request("Floods on the Dniester", NEEDED, NEEDED, NEEDED), stricken).get("id").asString();
    // fifty Allies and partners, spoken for by one coordinator who names the donor on each offer
    var nations = SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql("""
        select code from directory_organisation where code <> 'MDA' and directory_kind_of(code, current_date) in ('ALLY', 'PARTNER')
        order by code limit :n""").param("n", NATIONS).query(String.class).list()));
    assertThat(nations).hasSize(NATIONS);
    var donors = r.accounts.create(nations.stream().map(n -> n + ":NATIONAL_COORDINATOR").toArray(String[]::new));

    var statuses = new ConcurrentHashMap<Integer, Integer>();
    var failures = new ConcurrentLinkedQueue<String>();
    // fewer threads than the load-shedding limit (twice the pool): every request is served, none shed
    try (var pool = Executors.newFixedThreadPool(16)) {
      var tasks = new ArrayList<Future<?>>();
      for (var nation : nations) {
        for (var line = 1; line <= 3; line++) {
          var needLine = line;
          tasks.add(pool.submit(() -> {
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("donor", nation);
            body.put("needLine", needLine);
            body.put("quantity", EACH);
            body.put("deliveryMode", "ROAD");
            var offered = r.post("/api/v1/emergencies/" + incident + "/offers", body, donors);
            statuses.merge(offered.status(), 1, Integer::sum);
            if (offered.status() != 201) {
              failures.add(offered.status() + " " + offered.body());
              return;
            }
            var accepted = r.decide(incident, offered.json().get("id").asString(), "ACCEPTED", null, stricken);
            statuses.merge(accepted.status(), 1, Integer::sum);
            if (accepted.status() != 200 && accepted.status() != 409) {
              failures.add(accepted.status() + " " + accepted.body());
            }
          }));
        }
      }
      for (var task : tasks) {
        task.get();
      }
    }
    assertThat(failures).as("answers other than 201, 200 and 409").isEmpty();
    assertThat(statuses.keySet()).allMatch(s -> s < 500);
    assertThat(statuses.get(201)).isEqualTo(NATIONS * 3);

    var needs = r.get("/api/v1/emergencies/" + incident, stricken).json().get("needs");
    var offers = r.get("/api/v1/emergencies/" + incident + "/offers?size=100", stricken).json();
    var all = new ArrayList<tools.jackson.databind.JsonNode>();
    offers.get("items").forEach(all::add);
    all.addAll(listOf(r.get("/api/v1/emergencies/" + incident + "/offers?size=100&page=1", stricken).json().get("items")));
    assertThat(all).hasSize(NATIONS * 3);
    for (var need : needs) {
      var line = need.get("line").asInt();
      var acceptedLines = all.stream().filter(o -> o.get("needLine").asInt() == line && o.get("status").asString().equals("ACCEPTED"))
          .mapToInt(o -> o.get("acceptedQuantity").asInt()).sum();
      assertThat(need.get("accepted").asInt()).as("need %d", line).isEqualTo(NEEDED).isEqualTo(acceptedLines);
      assertThat(need.get("offered").asInt()).isEqualTo(NATIONS * EACH);
    }
    assertThat(statuses.get(200)).isEqualTo(3 * NEEDED / EACH);
    assertThat(statuses.get(409)).isEqualTo(NATIONS * 3 - 3 * NEEDED / EACH);
  }

  private static List<tools.jackson.databind.JsonNode> listOf(tools.jackson.databind.JsonNode items) {
    var list = new ArrayList<tools.jackson.databind.JsonNode>();
    items.forEach(list::add);
    return list;
  }
}
