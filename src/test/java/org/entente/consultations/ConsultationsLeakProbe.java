package org.entente.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's consultations reach no role of nation B or provider B beyond the public record: a pending
 * request (subject, rationale, id), and a held one's rationale, agenda, attendance, documents and minutes —
 * while its subject and public summary are everyone's to read, by design.
 */
public class ConsultationsLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var consulting = new Consulting(world.http(), LeakWorld.NATION_A);
    var secret = "Kutaisi" + UUID.randomUUID().toString().substring(0, 8);

    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("subject", Map.of("en", secret + " pending subject"));
    body.put("rationale", Map.of("en", secret + " pending rationale"));
    body.put("format", "EVENT_DRIVEN");
    body.put("level", "MINISTERS");
    body.put("participants", List.of("UKR"));
    var pending = consulting.send("POST", "/api/v1/consultations", body, consulting.coordinator).json().get("consultation").get("id").asString();

    body.put("subject", Map.of("en", "Public subject of A " + secret.hashCode()));
    body.put("rationale", Map.of("en", secret + " held rationale"));
    var held = consulting.send("POST", "/api/v1/consultations", body, consulting.coordinator).json().get("consultation").get("id").asString();
    consulting.approved(held, List.of(LeakWorld.NATION_A, "UKR"));
    var today = LocalDate.now();
    consulting.ok(consulting.send("PUT", "/api/v1/consultations/" + held + "/meeting", Map.of("startsAt", today + "T09:00:00",
        "place", secret + " place", "agenda", List.of(Map.of("en", secret + " agenda item"))), consulting.staff));
    var document = consulting.upload(held, secret + ".pdf", Consulting.pdf(secret + " document"), consulting.staff).json().get("id").asString();
    consulting.ok(consulting.send("POST", "/api/v1/consultations/" + held + "/attendance", Map.of("attended", List.of("UKR")), consulting.staff));
    consulting.ok(consulting.send("PUT", "/api/v1/consultations/" + held + "/minutes", Map.of("minutes", secret + " minutes"), consulting.staff));
    consulting.ok(consulting.send("PUT", "/api/v1/consultations/" + held + "/summary", Map.of("summary", Map.of("en", "A public summary")), consulting.staff));

    var addresses = new ArrayList<>(List.of(
        "/api/v1/consultations", "/api/v1/consultations?partner=" + LeakWorld.NATION_A, "/api/v1/consultations?status=REQUESTED",
        "/api/v1/consultations?status=SUMMARY_SHARED", "/api/v1/consultations?partner=UKR", "/api/v1/consultations/records",
        "/api/v1/council/decisions?subjectType=CONSULTATION", "/api/v1/council/agenda", "/api/v1/notifications",
        "/consultations", "/consultations?partner=" + LeakWorld.NATION_A + "&status=SUMMARY_SHARED", "/council", "/notifications"));
    for (var id : List.of(pending, held)) {
      addresses.addAll(List.of("/api/v1/consultations/" + id, "/api/v1/consultations/" + id + "/documents",
          "/api/v1/consultations/" + id + "/invitation.ics", "/api/v1/council/decisions?subjectId=" + id, "/consultations/" + id));
    }
    addresses.add("/api/v1/consultations/" + held + "/documents/" + document);
    return new Seeded(Set.of(secret, pending), addresses);
  }
}
