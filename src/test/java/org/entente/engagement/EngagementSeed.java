package org.entente.engagement;

import org.entente.Accounts;
import org.entente.Http;

/** A person of a mission (the module's one guarded table), through the API, for {@code RowLevelSecurityIntegrationTest}. */
public final class EngagementSeed {

  private EngagementSeed() {}

  public static void seed(Http http) {
    var coordinator = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");
    var response = http.send("POST", "/api/v1/engagement/partners/GEO/mission/contacts",
        "{\"name\":\"Rls Person\",\"function\":\"Counsellor\",\"email\":\"rls@example.org\"}",
        "Content-Type", "application/json", coordinator.bearer()[0], coordinator.bearer()[1]);
    if (response.status() != 201) throw new IllegalStateException(response.body());
  }
}
