package org.entente.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Contact Point Embassy is told of the events held in its partner's country, in its readers' language; an
 * event elsewhere, or another Ally, hears nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactPointNoticeIntegrationTest {

  @LocalServerPort int port;

  @Test
  void theEmbassyHearsOfAnEventInItsPartnersCountry() {
    var http = new Http(port);
    var accounts = new Accounts(http);
    var menu = new Menu(http, "NSO");
    var croatia = accounts.create("HRV:NATIONAL_COORDINATOR");
    var slovakia = accounts.create("SVK:NATIONAL_COORDINATOR");
    var today = LocalDate.now();

    var assigned = menu.post("/api/v1/engagement/contact-points", Map.of("partner", "ARM", "embassyOf", "HRV", "validFrom", today.toString()), menu.staff);
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);

    var code = Menu.uniqueCode("CPE");
    menu.publish(Menu.draft(code, "NSO"));
    var inArmenia = event(menu, code, today.plusMonths(3), "Yerevan", "ARM");
    event(menu, code, today.plusMonths(5), "Oberammergau", "DEU");

    var english = notices(http, croatia, "en", code);
    assertThat(english).as("one notice, for the event in Armenia only").hasSize(1);
    assertThat(english.getFirst()).contains("Course " + code, "Yerevan, Armenia", "Contact Point Embassy")
        .doesNotContain("Oberammergau");
    assertThat(notices(http, croatia, "fr", code).getFirst()).contains("Cours " + code, "Yerevan, Arménie");
    assertThat(notices(http, slovakia, "en", code)).as("an Ally that is not the contact point").isEmpty();
    assertThat(inArmenia).isNotBlank();
  }

  private static String event(Menu menu, String code, LocalDate starts, String city, String country) {
    var event = new LinkedHashMap<String, Object>();
    event.put("startsOn", starts.toString());
    event.put("endsOn", starts.plusDays(4).toString());
    event.put("city", city);
    event.put("country", country);
    event.put("seats", 20);
    event.put("nominationsOpen", starts.minusDays(60).toString());
    event.put("nominationsClose", starts.minusDays(14).toString());
    var response = menu.post("/api/v1/activities/" + code + "/events", event, menu.provider);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asString();
  }

  /** The caller's notices that name this activity, subject and body together. */
  private static List<String> notices(Http http, Accounts.Account reader, String language, String code) {
    var response = http.get("/api/v1/notifications?size=200", reader.bearer()[0], reader.bearer()[1], "Accept-Language", language);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return StreamSupport.stream(response.json().get("items").spliterator(), false)
        .map(n -> n.get("subject").asString() + " | " + n.get("body").asString())
        .filter(text -> text.contains(code))
        .toList();
  }
}
