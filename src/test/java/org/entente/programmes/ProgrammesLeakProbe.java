package org.entente.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.catalogue.Menu;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's programmes — a draft under review with comments, and an approved one — reach no role of nation B
 * or provider B: not in lists, details, versions, comparisons, comments, progress, documents or pages.
 */
public class ProgrammesLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var drafting = new Drafting(world.http(), LeakWorld.NATION_A, 2);
    var secret = "Mtskheta" + Menu.uniqueCode("X").substring(2);
    var year = LocalDate.now().getYear();

    var draft = drafting.create(LeakWorld.NATION_A, "ITPP", LocalDate.of(year + 1, 1, 1),
        Drafting.content(secret + " draft", drafting.activities, year + 1)).json().get("programme").get("id").asString();
    drafting.moved(draft, "SUBMITTED", null, drafting.coordinator);
    drafting.moved(draft, "IN_REVIEW", null, drafting.staff);
    drafting.menu.post("/api/v1/programmes/" + draft + "/comments", Map.of("section", "objective:O1", "body", secret + " comment"), drafting.staff);
    drafting.moved(draft, "RETURNED", secret + " returned", drafting.staff);
    drafting.moved(draft, "AGREED", null, drafting.coordinator);

    var approved = drafting.approved(LeakWorld.NATION_A, secret + " approved", LocalDate.of(year, 1, 1));

    var addresses = new ArrayList<>(List.of(
        "/api/v1/programmes", "/api/v1/programmes?partner=" + LeakWorld.NATION_A, "/api/v1/programmes?status=ACTIVE",
        "/api/v1/council/decisions", "/api/v1/council/decisions?subjectType=PROGRAMME", "/api/v1/council/agenda",
        "/programmes", "/council"));
    for (var id : List.of(draft, approved)) {
      addresses.addAll(List.of("/api/v1/programmes/" + id, "/api/v1/programmes/" + id + "/versions",
          "/api/v1/programmes/" + id + "/versions/1", "/api/v1/programmes/" + id + "/versions/1/compare/2",
          "/api/v1/programmes/" + id + "/comments", "/api/v1/programmes/" + id + "/progress",
          "/api/v1/programmes/" + id + ".pdf", "/api/v1/programmes/" + id + ".xlsx",
          "/api/v1/council/decisions?subjectId=" + id,
          "/programmes/" + id, "/programmes/" + id + "/compare?a=1&b=2"));
    }
    return new Seeded(Set.of(secret, draft, approved), addresses);
  }
}
