package org.entente.education;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;
import org.entente.registration.Registrar;

/**
 * Nation A's DEEP programme reaches no role of nation B or provider B: a programme proposed by Georgia, activated,
 * with an expert of provider A, a menu event its people attended; and a proposal still waiting.
 */
public class EducationLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var georgia = new Deep(world.http(), LeakWorld.NATION_A);
    var secret = "Gori" + UUID.randomUUID().toString().substring(0, 8);
    var active = georgia.active("DEEP", secret + " War College");
    Deep.ok(georgia.expert(active, secret + " Expert", LeakWorld.PROVIDER_A));
    var attendees = new LinkedHashMap<org.entente.Accounts.Account, Integer>();
    attendees.put(georgia.coordinator, 1);
    Deep.ok(georgia.link(active, Deep.heldToday(world.http(), LeakWorld.PROVIDER_A, attendees)));
    Deep.ok(georgia.link(active, new Registrar(world.http(), LeakWorld.PROVIDER_A).event(5)));
    var proposed = Deep.ok(georgia.propose("PDP", secret + " Ministry", georgia.coordinator)).get("programme").get("id").asString();
    var addresses = new ArrayList<>(List.of("/api/v1/education/programmes", "/api/v1/education/programmes?partner=" + LeakWorld.NATION_A,
        "/api/v1/education/programmes?status=ACTIVE", "/api/v1/education/programmes?kind=PDP", "/api/v1/notifications", "/api/v1/me/work",
        "/education", "/education?partner=" + LeakWorld.NATION_A, "/education?status=PROPOSED", "/notifications", "/"));
    for (var id : List.of(active, proposed)) addresses.addAll(List.of(Deep.path(id, ""), "/education/" + id));
    return new Seeded(Set.of(secret, active, proposed), addresses);
  }
}
