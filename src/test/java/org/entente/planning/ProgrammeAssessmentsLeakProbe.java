package org.entente.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Georgia's yearly IPAP assessment — its ratings, narratives and the partner's comments —, the links of its
 * partnership goal, and a draft of the ministerial guidance reach no role of Jordan or of provider B: not in the API,
 * not on the pages, not on the start page.
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
    var addresses = new ArrayList<>(List.of(base, base + "?partner=" + LeakWorld.NATION_A, base + "?programme=" + programme,
        base + "?status=WITH_PARTNER", base + "/" + id, base + "/" + id + "/comments", "/planning/programme-assessments",
        "/planning/programmes/" + programme + "/assessments", "/planning", "/api/v1/me/work", "/"));
    var markers = new HashSet<>(Set.of(secret, id));

    // Georgia's goal served by a menu activity: the link reaches no one of Jordan (the goal's page, its API, the unit's)
    var parp = new Parp(world.http());
    var year = LocalDate.now().getYear() - LocalDate.now().getYear() % 2;
    var cycle = parp.cycle(LeakWorld.NATION_A, year);
    var status = parp.status(cycle);
    if (status.equals("SURVEY")) {
      parp.submitSurvey(cycle, LeakWorld.NATION_A, secret);
      status = "SURVEY_SUBMITTED";
    }
    var goals = parp.expect(200, "GET", "/api/v1/planning/cycles/" + cycle, null, parp.staff).get("cycle").get("goals");
    if (goals.isEmpty() && (status.equals("SURVEY_SUBMITTED") || status.equals("BILATERAL") || status.equals("MULTILATERAL"))) {
      parp.goals(cycle, List.of(Parp.goal("L0101", "Battalion " + secret, "LAND", LocalDate.of(year + 4, 12, 31))));
      goals = parp.expect(200, "GET", "/api/v1/planning/cycles/" + cycle, null, parp.staff).get("cycle").get("goals");
    }
    if (!goals.isEmpty()) {
      var goal = goals.get(0).get("code").asString();
      var link = parp.expect(201, "POST", "/api/v1/planning/cycles/" + cycle + "/goals/" + goal + "/links",
          Map.of("activity", org.entente.capabilities.Occ.publishedActivity(world.http())), parp.staff).get("id").asString();
      markers.add(link);
      addresses.add("/api/v1/planning/cycles/" + cycle + "/goals/" + goal);
      addresses.add("/planning/cycles/" + cycle + "/goals/" + goal);
    }

    // a draft of the ministerial guidance: staff's and the secretariat's until the Council puts it in force
    for (int attempt = 0; attempt < 20; attempt++) {
      var draft = a.send("POST", "/api/v1/planning/guidance", Map.of("year", 2100 + 2 * java.util.concurrent.ThreadLocalRandom.current().nextInt(50),
          "title", Map.of("en", "Guidance " + secret), "text", Map.of("en", "Draft " + secret)), a.staff);
      if (draft.status() == 201) {
        var guidance = draft.json().get("id").asString();
        markers.add(guidance);
        addresses.addAll(List.of("/api/v1/planning/guidance", "/api/v1/planning/guidance/" + guidance, "/planning/guidance",
            "/planning/guidance/" + guidance));
        break;
      }
    }
    return new Seeded(markers, addresses);
  }
}
