package org.entente.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Georgia's PARP cycle — its survey (budget included), goals package, versions and bilateral comments — reaches
 * no role of Jordan or of provider B: not in the API, not in the pages.
 */
public class PlanningLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var parp = new Parp(world.http());
    var secret = "Gori" + UUID.randomUUID().toString().substring(0, 8);
    var year = LocalDate.now().getYear() - LocalDate.now().getYear() % 2;
    var id = parp.cycle(LeakWorld.NATION_A, year);
    var markers = new HashSet<String>();
    markers.add(id);
    markers.add(secret);
    var status = parp.status(id);
    if (status.equals("SURVEY")) {
      parp.submitSurvey(id, LeakWorld.NATION_A, secret);
      status = "SURVEY_SUBMITTED";
    }
    if (status.equals("SURVEY_SUBMITTED") || status.equals("BILATERAL")) {
      parp.goals(id, List.of(Parp.goal("L0101", "Battalion " + secret, "LAND", LocalDate.of(year + 4, 12, 31))));
      if (status.equals("SURVEY_SUBMITTED")) parp.move(id, "BILATERAL", parp.staff);
    }
    parp.expect(201, "POST", "/api/v1/planning/cycles/" + id + "/comments", Map.of("section", "goals", "body", "Talks " + secret),
        parp.coordinator(LeakWorld.NATION_A));
    var addresses = new ArrayList<>(List.of("/api/v1/planning/cycles", "/api/v1/planning/cycles?partner=" + LeakWorld.NATION_A,
        "/api/v1/planning/participations", "/api/v1/planning/participations?partner=" + LeakWorld.NATION_A,
        "/api/v1/planning/cycles/" + id, "/api/v1/planning/cycles/" + id + "/survey", "/api/v1/planning/cycles/" + id + "/comments",
        "/api/v1/planning/cycles/" + id + "/versions/1", "/api/v1/planning/cycles/" + id + "/comparison?from=0&to=1",
        "/planning", "/planning?partner=" + LeakWorld.NATION_A, "/planning/cycles/" + id, "/planning/cycles/" + id + "/survey",
        "/planning/cycles/" + id + "/compare?from=0&to=1", "/api/v1/me/work", "/"));
    return new Seeded(markers, addresses);
  }
}
