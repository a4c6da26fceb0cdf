package org.entente.capabilities;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Georgia's declared unit — its name, its evaluations' ratings and findings, its remedial plan — reaches no role of
 * Jordan or of provider B: not in the API, not in the pages, not on the start page.
 */
public class CapabilitiesLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var occ = new Occ(world.http());
    var secret = "Kutaisi" + UUID.randomUUID().toString().substring(0, 8);
    var ids = occ.certifiedAtLevelOne(LeakWorld.NATION_A, secret);
    var unit = ids[0];
    var nel = ids[1];
    var sel2 = occ.openSel(unit, LeakWorld.NATION_A);
    var markers = new HashSet<String>(List.of(unit, nel, sel2, secret));
    var addresses = List.of("/api/v1/capabilities/units", "/api/v1/capabilities/units?partner=" + LeakWorld.NATION_A,
        "/api/v1/capabilities/units/" + unit, "/api/v1/capabilities/evaluations/" + nel, "/api/v1/capabilities/evaluations/" + sel2,
        "/api/v1/capabilities/actions", "/api/v1/capabilities/actions?partner=" + LeakWorld.NATION_A,
        "/capabilities", "/capabilities?partner=" + LeakWorld.NATION_A, "/capabilities/units/" + unit, "/capabilities/evaluations/" + nel,
        "/capabilities/evaluations/" + sel2, "/api/v1/me/work", "/", "/notifications", "/api/v1/notifications");
    return new Seeded(markers, addresses);
  }
}
