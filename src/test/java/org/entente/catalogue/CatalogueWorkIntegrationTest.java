package org.entente.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.work.WorkItems;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The menu's start-page items on real activities: staff see a submitted activity until they publish or return
 * it; the provider sees it returned; a coordinator sees an eligible event whose nomination window closes soon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueWorkIntegrationTest {

  @LocalServerPort int port;

  @Test
  void submittedReturnedAndPublished() {
    var http = new Http(port);
    var menu = new Menu(http, "NSO");
    var submitted = WorkItems.count(http, menu.staff, "catalogue.submitted");
    var returned = WorkItems.count(http, menu.provider, "catalogue.returned");
    var code = Menu.uniqueCode("NSO-WORK");
    assertThat(menu.post("/api/v1/activities", Menu.draft(code, "NSO"), menu.provider).status()).isEqualTo(201);
    assertThat(menu.move(code, "SUBMITTED", null, menu.provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, menu.staff, "catalogue.submitted")).isEqualTo(submitted + 1);
    assertThat(WorkItems.item(http, menu.staff, "catalogue.submitted").get("href").asString()).isEqualTo("/menu/curation");

    assertThat(menu.move(code, "RETURNED", "Add the French summary.", menu.staff).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, menu.staff, "catalogue.submitted")).isEqualTo(submitted);
    assertThat(WorkItems.count(http, menu.provider, "catalogue.returned")).isEqualTo(returned + 1);
    assertThat(menu.move(code, "SUBMITTED", null, menu.provider).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, menu.provider, "catalogue.returned")).isEqualTo(returned);
    assertThat(menu.move(code, "PUBLISHED", null, menu.staff).status()).isEqualTo(200);
    assertThat(WorkItems.count(http, menu.staff, "catalogue.submitted")).isEqualTo(submitted);
    // another provider sees nothing of NSO's drafts
    var other = new Accounts(http).create("NDC:PROVIDER_MANAGER");
    assertThat(WorkItems.count(http, other, "catalogue.returned")).isZero();
  }

  @Test
  void aWindowClosingSoonForAnEligibleNation() {
    var http = new Http(port);
    var menu = new Menu(http, "NSO");
    var coordinator = new Accounts(http).create("JPN:NATIONAL_COORDINATOR");
    var closing = WorkItems.count(http, coordinator, "catalogue.windows-closing");
    var code = Menu.uniqueCode("NSO-WIN");
    menu.publish(Menu.draft(code, "NSO"));
    var today = LocalDate.now();
    var event = new LinkedHashMap<String, Object>();
    event.put("startsOn", today.plusDays(30).toString());
    event.put("endsOn", today.plusDays(32).toString());
    event.put("seats", 10);
    event.put("nominationsOpen", today.minusDays(1).toString());
    event.put("nominationsClose", today.plusDays(7).toString());
    assertThat(menu.post("/api/v1/activities/" + code + "/events", event, menu.provider).status()).isEqualTo(201);
    assertThat(WorkItems.count(http, coordinator, "catalogue.windows-closing")).isEqualTo(closing + 1);
    // the item leads to the events whose window is open to the nation, this one among them
    var link = WorkItems.item(http, coordinator, "catalogue.windows-closing").get("href").asString();
    assertThat(link).startsWith("/events?");
    var listed = false;
    for (int n = 0; n < 100 && !listed; n++) { // the events page is paged, soonest first: other tests' events come before
      var page = http.get(link + "&page=" + n, coordinator.bearer());
      assertThat(page.status()).isEqualTo(200);
      listed = page.body().contains(code);
      if (!page.body().contains("page=" + (n + 1))) break;
    }
    assertThat(listed).as("the event on the page the item opens").isTrue();
    // a nation not eligible (only named nations) does not count it
    var named = Menu.uniqueCode("NSO-NAMED");
    var draft = Menu.draft(named, "NSO");
    draft.put("eligibility", java.util.Map.of("kind", "NATIONS", "nations", java.util.List.of("GEO")));
    menu.publish(draft);
    assertThat(menu.post("/api/v1/activities/" + named + "/events", event, menu.provider).status()).isEqualTo(201);
    assertThat(WorkItems.count(http, coordinator, "catalogue.windows-closing")).isEqualTo(closing + 1);
  }
}
