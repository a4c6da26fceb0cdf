package org.entente.engagement;

import org.entente.Accounts;
import org.entente.Http;

/** A person of a mission and a proposed interlocutor (the module's guarded tables), through the API, for {@code RowLevelSecurityIntegrationTest}. */
public final class EngagementSeed {

  private EngagementSeed() {}

  public static void seed(Http http) {
    var coordinator = new Accounts(http).create("GEO:NATIONAL_COORDINATOR");
    var response = http.send("POST", "/api/v1/engagement/partners/GEO/mission/contacts",
        "{\"name\":\"Rls Person\",\"function\":\"Counsellor\",\"email\":\"rls@example.org\"}",
        "Content-Type", "application/json", coordinator.bearer()[0], coordinator.bearer()[1]);
    if (response.status() != 201) throw new IllegalStateException(response.body());
    var staff = new Accounts(http).create("IS:STAFF");
    var proposed = http.send("POST", "/api/v1/engagement/interlocutors", "{\"organisation\":\"AU\",\"scope\":\"DIALOGUE\"}",
        "Content-Type", "application/json", staff.bearer()[0], staff.bearer()[1]); // an interlocutor proposed to the Council
    if (proposed.status() != 201) throw new IllegalStateException(proposed.body());
  }
}
