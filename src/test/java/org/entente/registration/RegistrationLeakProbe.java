package org.entente.registration;

import java.util.List;
import java.util.Set;
import org.entente.catalogue.Menu;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's participant, nominated to and confirmed for provider A's event (an event every partner may see),
 * and another who attended an event held today: no role of nation B or provider B may find the people, the
 * nominations, the certificate, the feedback or the report, by list, detail, event or notification.
 */
public class RegistrationLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var reg = new Registrar(world.http(), LeakWorld.PROVIDER_A);
    var coordinator = reg.coordinator(LeakWorld.NATION_A);
    var secret = "Svaneti" + Menu.uniqueCode("X").substring(2).toLowerCase();
    var event = reg.event(12);
    var participant = reg.participant(coordinator, secret, "Mariam");
    var nomination = reg.nominated(event, participant, coordinator).get("id").asString();
    reg.move(nomination, "CONFIRMED", reg.menu.provider);
    var email = "mariam." + secret.toLowerCase() + "@example.org";
    // an event held today, attended by nation A alone: its certificate, feedback and report are not B's
    var today = java.time.LocalDate.now();
    var held = reg.event(6, today);
    reg.openUntilStart(held, today);
    var attended = reg.nominated(held, reg.participant(coordinator, secret, "Ketevan"), coordinator).get("id").asString();
    reg.move(attended, "CONFIRMED", reg.menu.provider);
    reg.move(attended, "ATTENDED", reg.menu.provider);
    reg.menu.post("/api/v1/nominations/" + attended + "/feedback",
        java.util.Map.of("relevance", 5, "quality", 5, "organisation", 5, "comments", secret + " comment"), coordinator);
    var reportSecret = secret + "report";
    world.http().send("PUT", "/api/v1/events/" + held + "/report", Registrar.json(java.util.Map.of("text", java.util.Map.of("en", reportSecret))),
        "Content-Type", "application/json", "Authorization", "Bearer " + reg.menu.provider.token());
    var addresses = List.of(
        "/api/v1/participants", "/api/v1/participants?nation=" + LeakWorld.NATION_A, "/api/v1/participants/" + participant,
        "/api/v1/participants/" + participant + "/nominations", "/api/v1/events/" + event + "/nominations",
        "/api/v1/nominations/" + nomination, "/api/v1/events/" + event + "/seats", "/api/v1/events/" + event + "/invitation",
        "/api/v1/nominations/" + attended, "/api/v1/nominations/" + attended + "/certificate", "/api/v1/events/" + held + "/nominations",
        "/api/v1/events/" + held + "/feedback", "/api/v1/events/" + held + "/report", "/api/v1/notifications", "/notifications",
        // the daily-work pages: start page, own space, participants, nation's list, provider console
        "/", "/api/v1/me/work", "/api/v1/me/nominations", "/me/nominations", "/registration/participants",
        "/registration/participants/" + participant, "/registration/nominations", "/registration/nominations?state=CONFIRMED",
        "/registration/console",
        "/events", "/events?open=on&seats=on", "/events?view=calendar", "/registration/participation");
    return new Seeded(Set.of(secret, participant, nomination, email, attended, reportSecret), addresses);
  }
}
