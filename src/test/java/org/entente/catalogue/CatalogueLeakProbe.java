package org.entente.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Provider A's draft (its own and staff's only) and an activity open to nation A alone, with its event: no
 * role of nation B or provider B may find either, by search, count, detail, events or export.
 */
public class CatalogueLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var menu = new Menu(world.http(), LeakWorld.PROVIDER_A);
    var secret = "Kolkhida" + Menu.uniqueCode("X").substring(2);

    var draftCode = Menu.uniqueCode("NSO-LEAKD");
    var draft = Menu.draft(draftCode, LeakWorld.PROVIDER_A);
    draft.put("title", Map.of("en", secret + " draft", "fr", secret + " brouillon"));
    menu.post("/api/v1/activities", draft, menu.provider);

    var onlyA = Menu.uniqueCode("NSO-LEAKA");
    var forA = Menu.draft(onlyA, LeakWorld.PROVIDER_A);
    forA.put("title", Map.of("en", secret + " for Georgia", "fr", secret + " pour la Géorgie"));
    forA.put("eligibility", Map.of("kind", "NATIONS", "nations", List.of(LeakWorld.NATION_A)));
    menu.publish(forA);
    var event = menu.addEvent(onlyA, LocalDate.now().plusMonths(5), 12).get("id").asString();

    // an import report of provider A (its file name is the marker)
    var csv = String.join(",", ActivityColumns.HEADER) + "\n" + Menu.uniqueCode("NSO-LEAKI")
        + ",NSO,COURSE,RESIDENTIAL,T,T,,,,,en,3,BORDER_SECURITY,,PUBLIC,,ALL_PARTNERS,,,\n";
    var imported = world.http().upload("/api/v1/imports", secret + ".csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        menu.provider.bearer()).json().get("id").asString();

    var addresses = new ArrayList<>(List.of(
        "/api/v1/imports/" + imported, "/api/v1/imports/" + imported + "/report.csv",
        "/api/v1/activities?q=" + secret, "/api/v1/activities?size=100", "/api/v1/activities?status=DRAFT&size=100",
        "/api/v1/activities?provider=" + LeakWorld.PROVIDER_A + "&size=100",
        "/api/v1/activities/" + draftCode, "/api/v1/activities/" + onlyA, "/api/v1/activities/" + onlyA + "/events",
        "/api/v1/events?q=" + secret, "/api/v1/events?size=100", "/api/v1/events/" + event,
        // exports (the XLSX is the same query zipped: the CSV stands for it)
        "/api/v1/activities.csv", "/api/v1/activities.csv?status=DRAFT", "/api/v1/activities.csv?q=" + secret,
        "/api/v1/events.ics", "/api/v1/events.ics?provider=" + LeakWorld.PROVIDER_A,
        "/menu?q=" + secret, "/menu", "/menu/" + draftCode, "/menu/" + onlyA, "/menu/events/" + event));
    return new Seeded(Set.of(secret, draftCode, onlyA, event, imported), addresses);
  }
}
