package org.entente.engagement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;
import tools.jackson.databind.json.JsonMapper;

/** The people of nation A's mission to NATO reach no role of nation B or provider B. */
public class EngagementLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var coordinator = world.accounts().create(LeakWorld.NATION_A + ":NATIONAL_COORDINATOR");
    var secret = "Batumi" + UUID.randomUUID().toString().substring(0, 8);
    var body = JsonMapper.builder().build().writeValueAsString(Map.of("name", secret + " Person", "function", "Counsellor",
        "email", secret.toLowerCase() + "@example.org"));
    var response = world.http().send("POST", "/api/v1/engagement/partners/" + LeakWorld.NATION_A + "/mission/contacts", body,
        "Content-Type", "application/json", coordinator.bearer()[0], coordinator.bearer()[1]);
    if (response.status() != 201) throw new IllegalStateException(response.body());
    return new Seeded(Set.of(secret), List.of(
        "/api/v1/engagement/partners/" + LeakWorld.NATION_A + "/mission/contacts", "/api/v1/engagement/partners/" + LeakWorld.NATION_A,
        "/engagement/" + LeakWorld.NATION_A, "/engagement"));
  }
}
