package org.entente.prioritisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;
import org.entente.registration.Registrar;

/** A run of provider A's oversubscribed course with nation A's nominations reaches no role of Jordan or of provider B. */
public class AllocationLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var reg = new Registrar(world.http(), LeakWorld.PROVIDER_A);
    var p = new Priorities(world.http());
    var event = reg.event(1);
    var tag = UUID.randomUUID().toString().substring(0, 6);
    var family = "Tsereteli" + tag;
    var coordinator = reg.coordinator(LeakWorld.NATION_A);
    for (int i = 0; i < 2; i++) {
      var person = reg.participant(coordinator, family + (char) ('a' + i), "Ana");
      reg.nominated(event, person, coordinator);
    }
    var run = p.runProposed(List.of(event), reg.menu.provider).get("run").get("id").asString();
    return new Seeded(Set.of(family, run), List.of("/api/v1/prioritisation/runs", "/api/v1/prioritisation/runs/" + run,
        "/api/v1/prioritisation/oversubscribed", "/prioritisation/runs", "/prioritisation/runs/" + run, "/api/v1/me/work", "/"));
  }

}
