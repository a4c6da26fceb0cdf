package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every list that can grow is read a page at a time: {@code page} and {@code size} select it, {@code total}
 * counts every match, walking the pages gives each item once, and a wrong page or size answers 400 naming it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiPagingIntegrationTest {

  @LocalServerPort int port;

  @Test
  void walkingThePagesOfAListGivesEachItemOnceAndTheTotalCountsThemAll() {
    var reg = new Registrar(new Http(port), "NSO");
    var moldova = reg.coordinator("MDA");
    var event = reg.event(10);
    for (var name : List.of("Ciobanu", "Rusu", "Popescu", "Lungu", "Munteanu")) {
      reg.nominated(event, reg.participant(moldova, name, "Ion"), moldova);
    }
    var whole = reg.http.get("/api/v1/participants?nation=MDA&size=200", moldova.bearer()).json();
    assertThat(whole.get("total").asLong()).isEqualTo(whole.get("items").size()).isGreaterThanOrEqualTo(5);
    assertThat(ids(walk(reg.http, "/api/v1/participants?nation=MDA", 2, moldova))).isEqualTo(ids(whole.get("items")));

    var nominations = walk(reg.http, "/api/v1/events/" + event + "/nominations", 2, moldova);
    assertThat(nominations).hasSize(5);
    assertThat(new HashSet<>(ids(nominations))).hasSize(5);

    var third = reg.http.get("/api/v1/events/" + event + "/nominations?page=2&size=2", moldova.bearer()).json();
    assertThat(third.get("items")).hasSize(1);
    assertThat(third.get("total").asLong()).isEqualTo(5);
    assertThat(third.get("page").asInt()).isEqualTo(2);
    assertThat(third.get("size").asInt()).isEqualTo(2);
    var beyond = reg.http.get("/api/v1/events/" + event + "/nominations?page=9&size=2", moldova.bearer()).json();
    assertThat(beyond.get("items")).isEmpty();
    assertThat(beyond.get("total").asLong()).isEqualTo(5);
  }

  @Test
  void withoutPageOrSizeAShortListComesWholeOnItsFirstPage() {
    var reg = new Registrar(new Http(port), "NSO");
    var code = org.entente.catalogue.Menu.uniqueCode("NSO-PG");
    reg.menu.publish(org.entente.catalogue.Menu.draft(code, "NSO"));
    reg.menu.addEvent(code, LocalDate.now().plusMonths(2), 5);
    reg.menu.addEvent(code, LocalDate.now().plusMonths(3), 5);
    reg.menu.addEvent(code, LocalDate.now().plusMonths(4), 5);
    var all = reg.http.get("/api/v1/activities/" + code + "/events", reg.menu.staff.bearer()).json();
    assertThat(all.get("items")).hasSize(3);
    assertThat(all.get("total").asLong()).isEqualTo(3);
    assertThat(all.get("page").asInt()).isZero();
    assertThat(all.get("size").asInt()).isEqualTo(Paging.DEFAULT_SIZE);
    var second = reg.http.get("/api/v1/activities/" + code + "/events?page=1&size=2", reg.menu.staff.bearer()).json();
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("startsOn").asString()).isEqualTo(LocalDate.now().plusMonths(4).toString());
  }

  @Test
  void everyGrowingListTakesPageAndSizeAndRefusesWrongOnesByName() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var staff = accounts.create("IS:STAFF");
    var secretariat = accounts.create("IS:COUNCIL_SECRETARIAT");
    var auditor = accounts.create("IS:AUDITOR");
    var admin = new String[] {"Authorization", "Bearer " + accounts.adminToken()};
    var year = LocalDate.now().getYear();
    var lists = List.of(
        List.of("/api/v1/users", admin),
        List.of("/api/v1/participants", staff.bearer()),
        List.of("/api/v1/notifications", staff.bearer()),
        List.of("/api/v1/council/decisions", secretariat.bearer()),
        List.of("/api/v1/council/agenda", secretariat.bearer()),
        List.of("/api/v1/programmes", staff.bearer()),
        List.of("/api/v1/reviews/" + year, staff.bearer()),
        List.of("/api/v1/reviews/" + year + "/figures", staff.bearer()),
        List.of("/api/v1/audit", auditor.bearer()));
    var problems = new ArrayList<String>();
    for (var list : lists) {
      var path = (String) list.get(0);
      var headers = (String[]) list.get(1);
      var page = http.get(path + "?page=0&size=1", headers);
      if (page.status() != 200) {
        problems.add(path + " answered " + page.status() + " " + page.body());
        continue;
      }
      var body = page.json();
      if (body.get("items").size() > 1 || body.get("page").asInt() != 0 || body.get("size").asInt() != 1
          || body.get("total").asLong() < body.get("items").size()) {
        problems.add(path + " gave " + body);
      }
      var wrong = http.get(path + "?page=-1&size=100000", headers);
      if (wrong.status() != 400 || !wrong.body().contains("\"page\"") || !wrong.body().contains("\"size\"")) {
        problems.add(path + "?page=-1&size=100000 answered " + wrong.status() + " " + wrong.body());
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<JsonNode> walk(Http http, String path, int size, Accounts.Account as) {
    var items = new ArrayList<JsonNode>();
    long total = -1;
    for (int page = 0; page < 100; page++) {
      var body = http.get(path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size, as.bearer()).json();
      assertThat(body.get("items").size()).isLessThanOrEqualTo(size);
      if (total >= 0) {
        assertThat(body.get("total").asLong()).as("the total of every page").isEqualTo(total);
      }
      total = body.get("total").asLong();
      body.get("items").forEach(items::add);
      if (body.get("items").size() < size) {
        break;
      }
    }
    assertThat(items).hasSize((int) total);
    return items;
  }

  private static List<String> ids(Iterable<JsonNode> items) {
    var ids = new ArrayList<String>();
    items.forEach(i -> ids.add(i.get("id").asString()));
    return ids;
  }
}
