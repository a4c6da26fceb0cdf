package org.entente.council;

import java.util.List;
import java.util.Set;
import org.entente.catalogue.Menu;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * A confirmed decision concerning nation A (not an eligibility one, which providers read) and a proposal not
 * yet confirmed: neither reaches a role of nation B or provider B.
 */
public class CouncilLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var secretariat = new Secretariat(world.http());
    var subject = "Batumi" + Menu.uniqueCode("X").substring(2);
    var confirmed = secretariat.decide("OTHER", subject, List.of(LeakWorld.NATION_A), "NOTED");
    var proposed = secretariat.propose("ELIGIBILITY", subject + "-P", List.of(LeakWorld.NATION_A), "APPROVED");
    var markers = Set.of(subject, confirmed.get("reference").asString(), confirmed.get("id").asString(),
        proposed.get("reference").asString(), proposed.get("id").asString());
    return new Seeded(markers, List.of(
        "/api/v1/council/decisions", "/api/v1/council/decisions?subjectType=OTHER", "/api/v1/council/decisions?status=PROPOSED",
        "/api/v1/council/decisions/" + confirmed.get("id").asString(), "/api/v1/council/decisions/" + proposed.get("id").asString(),
        "/api/v1/council/agenda", "/council"));
  }
}
