package org.entente.prioritisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/** Georgia's priority profile (a judgement of staff with its reason) reaches no role of Jordan or of provider B. */
public class PrioritisationLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var p = new Priorities(world.http());
    var secret = "Kutaisi" + UUID.randomUUID().toString().substring(0, 8);
    p.enter(LeakWorld.NATION_A, "STRATEGIC_IMPORTANCE", 77, "Judgement " + secret);
    return new Seeded(Set.of(secret), List.of("/api/v1/prioritisation/profiles", "/api/v1/prioritisation/profiles/" + LeakWorld.NATION_A,
        "/api/v1/prioritisation/profiles/" + LeakWorld.NATION_A + "/history", "/prioritisation",
        "/prioritisation/profiles/" + LeakWorld.NATION_A, "/api/v1/me/work", "/"));
  }
}
