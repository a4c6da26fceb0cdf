package org.entente.capacitybuilding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's capacity building packages reach no role of nation B (a partner, never a contributor here) or of
 * provider B: one in preparation (its title, assessment, projects and funding), and one approved and reviewed —
 * which Allies read, but never another partner.
 */
public class CapacityBuildingLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var georgia = new Packaging(world.http(), LeakWorld.NATION_A);
    var secret = "Mtskheta" + UUID.randomUUID().toString().substring(0, 8);
    var preparing = georgia.requested(secret + " package in preparation");
    georgia.drafted(preparing, List.of(secret + " area"), List.of("DEU"), secret);
    var approved = georgia.requested(secret + " approved package");
    georgia.drafted(approved, List.of(secret + " logistics"), List.of("USA"), secret);
    georgia.approved(approved);
    georgia.reviewed(approved, 55, secret);

    var addresses = new ArrayList<>(List.of(
        "/api/v1/capacity-building/packages", "/api/v1/capacity-building/packages?partner=" + LeakWorld.NATION_A,
        "/api/v1/capacity-building/packages?status=DRAFTED", "/api/v1/capacity-building/packages?status=IMPLEMENTING",
        "/api/v1/council/decisions?subjectType=CAPACITY_BUILDING", "/api/v1/council/agenda", "/api/v1/notifications", "/api/v1/me/work",
        "/capacity-building", "/capacity-building?partner=" + LeakWorld.NATION_A, "/capacity-building?status=IMPLEMENTING", "/council",
        "/notifications", "/"));
    for (var id : List.of(preparing, approved)) {
      addresses.addAll(List.of("/api/v1/capacity-building/packages/" + id, "/capacity-building/" + id,
          "/api/v1/council/decisions?subjectId=" + id));
    }
    return new Seeded(Set.of(secret, preparing), addresses);
  }
}
