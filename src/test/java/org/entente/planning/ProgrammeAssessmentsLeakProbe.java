package org.entente.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Georgia's yearly IPAP assessment — its ratings, narratives and the partner's comments — reaches no role of Jordan
 * or of provider B: not in the API, not on the pages, not on the start page.
 */
public class ProgrammeAssessmentsLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var a = new ProgrammeAssessing(world.http(), LeakWorld.NATION_A);
    var secret = "Kutaisi" + UUID.randomUUID().toString().substring(0, 8);
    var start = LocalDate.now().plusYears(1).withDayOfYear(1);
    var programme = a.ipap(LeakWorld.NATION_A, "Probe", start);
    var id = a.open(programme, start.getYear());
    a.rate(id, "SUBSTANTIAL", "Narrative " + secret);
    a.move(id, "WITH_PARTNER", a.staff);
    a.expect(201, "POST", "/api/v1/planning/programme-assessments/" + id + "/comments", Map.of("item", "O1", "body", "Comment " + secret),
        a.coordinator);
    var base = "/api/v1/planning/programme-assessments";
    return new Seeded(Set.of(secret, id), List.of(base, base + "?partner=" + LeakWorld.NATION_A, base + "?programme=" + programme,
        base + "?status=WITH_PARTNER", base + "/" + id, base + "/" + id + "/comments", "/planning/programme-assessments",
        "/planning/programmes/" + programme + "/assessments", "/planning", "/api/v1/me/work", "/"));
  }
}
