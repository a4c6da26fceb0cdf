package org.entente.science;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.leaks.LeakProbe;
import org.entente.leaks.LeakWorld;

/**
 * Nation A's SPS applications — one under review with a submitted review, one awarded — reach no role of nation B
 * or provider B: not the application, its team, attachments, monitoring notes, a multi-year project's plan or its second review, not a review, not a co-director's e-mail, not the grant's instalments (amount,
 * milestone), the spending reported, or staff's review summary; the awarded project only through its public summary.
 */
public class ScienceLeakProbe implements LeakProbe {

  @Override
  public Seeded seed(LeakWorld world) {
    var sps = new Sps(world.http());
    var secret = "Kutaisi" + UUID.randomUUID().toString().substring(0, 8);
    var call = sps.call("Leak call " + UUID.randomUUID().toString().substring(0, 6));
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create(LeakWorld.NATION_A + ":PARTICIPANT");
    var reviewed = sps.apply(call, secret + " application", "NLD", ally, LeakWorld.NATION_A, partner);
    // the team and a PDF attachment, kept by the co-director while the application is being completed
    sps.teamMember(reviewed, secret + " team member", LeakWorld.NATION_A, partner);
    var attachment = sps.attach(reviewed, secret + "-letter.pdf", Sps.pdf(1, secret + " attachment"), partner).json().get("id").asString();
    sps.toPanelReview(reviewed);
    var reviewer = sps.reviewer("NOR");
    sps.assign(reviewed, reviewer);
    sps.score(reviewed, reviewer, 4, 4, 4, 4, secret + " review comment");
    var granted = sps.apply(call, "Public grant " + UUID.randomUUID().toString().substring(0, 6), "NLD", ally, LeakWorld.NATION_A, partner);
    sps.awarded(granted, reviewer, secret + " grant review", partner, secret + " progress report");
    // grant follow-up: an instalment due on a secret milestone, released; spending reported, overspent and flagged
    var instalment = sps.expect(201, "POST", "/api/v1/science/applications/" + granted + "/instalments",
        java.util.Map.of("amount", "12345.67", "milestone", secret + " milestone", "dueOn", java.time.LocalDate.now().toString()), sps.staff);
    sps.expect(200, "POST", "/api/v1/science/applications/" + granted + "/instalments/" + instalment.get("id").asString() + "/transitions",
        java.util.Map.of("to", "RELEASED"), sps.staff);
    var spendingReport = sps.expect(201, "POST", "/api/v1/science/applications/" + granted + "/reports",
        java.util.Map.of("body", secret + " spending report", "spending", java.util.Map.of("TRAVEL", "98765.43")), partner).get("id").asString();
    // monitoring: a panel member monitors the awarded project and notes the report
    var monitor = sps.reviewer("ITA");
    sps.expect(200, "POST", "/api/v1/science/applications/" + granted + "/monitor", java.util.Map.of("monitor", monitor.id().toString()), sps.staff);
    sps.expect(201, "POST", "/api/v1/science/applications/" + granted + "/reports/" + spendingReport + "/note",
        java.util.Map.of("body", secret + " monitoring note"), monitor);
    sps.expect(200, "POST", "/api/v1/science/applications/" + granted + "/summary",
        java.util.Map.of("text", java.util.Map.of("en", secret + " review summary")), sps.staff);
    // a multi-year project in its second review: a secret plan and a secret review of it
    var myp = sps.applyAs(call, "MYP", secret + " multi-year project", "NLD", ally, LeakWorld.NATION_A, partner);
    sps.multiYearInReview(myp, reviewer, partner, secret + " project plan");
    sps.expect(200, "POST", "/api/v1/science/applications/" + myp + "/plan-review",
        java.util.Map.of("merit", 4, "relevance", 4, "capacity", 4, "value", 4, "comment", secret + " plan review"), reviewer);
    var addresses = new ArrayList<>(List.of("/api/v1/science/applications", "/api/v1/science/applications?status=PANEL_REVIEW",
        "/api/v1/science/applications?call=" + call, "/api/v1/science/reviews", "/api/v1/science/panel", "/api/v1/science/projects",
        "/api/v1/science/calls", "/api/v1/science/calls/" + call + "/ranking", "/api/v1/council/agenda",
        "/science", "/science/applications", "/science/reviews", "/science/calls/" + call, "/science/calls/" + call + "/ranking",
        "/science/grants", "/science/panel", "/api/v1/science/monitoring", "/science/monitoring"));
    for (var id : List.of(reviewed, granted)) {
      addresses.addAll(List.of("/api/v1/science/applications/" + id, "/api/v1/science/applications/" + id + "/reviews",
          "/api/v1/science/applications/" + id + "/reports", "/api/v1/science/applications/" + id + "/grant",
          "/api/v1/science/projects/" + id, "/science/applications/" + id, "/science/projects/" + id,
          "/api/v1/science/applications/" + id + "/team", "/api/v1/science/applications/" + id + "/attachments",
          "/science/applications/" + id + "/team", "/api/v1/science/applications/" + id + "/monitoring",
          "/science/applications/" + id + "/monitoring"));
    }
    addresses.add("/api/v1/science/applications/" + reviewed + "/attachments/" + attachment);
    addresses.addAll(List.of("/api/v1/science/applications/" + myp, "/api/v1/science/applications/" + myp + "/plan-reviews",
        "/science/applications/" + myp, "/science/applications/" + myp + "/plan", "/api/v1/science/plan-reviews", "/science/plan-reviews"));
    return new Seeded(Set.of(secret, reviewed, Sps.email(ally), Sps.email(partner), "12345.67", "98765.43"), addresses);
  }
}
