package org.entente.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The start page's consultation items: staff the requests to prepare, the approved ones to schedule and the held
 * ones to summarise; the secretariat those before the Council; a partner's coordinators the meetings their
 * nation is invited to. Counted as the caller, through row-level security.
 */
@Component
class ConsultationWork implements WorkSource {

  private final ConsultationStore store;
  private final Directory directory;
  private final Clock clock;

  ConsultationWork(ConsultationStore store, Directory directory, Clock clock) {
    this.store = store;
    this.directory = directory;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_CONSULTATIONS_GLOBALLY)) {
      items.add(item("to-consider", ConsultationStatus.REQUESTED, "/consultations?status=REQUESTED"));
      items.add(item("to-schedule", ConsultationStatus.APPROVED, "/consultations?status=APPROVED"));
      items.add(item("to-summarise", ConsultationStatus.HELD, "/consultations?status=HELD"));
    }
    if (caller.has(Permission.RECORD_DECISIONS_GLOBALLY)) {
      items.add(item("before-council", ConsultationStatus.UNDER_CONSIDERATION, "/council"));
    }
    var today = LocalDate.now(clock);
    caller.organisationsWith(Permission.REQUEST_CONSULTATIONS_FOR_OWN_ORGANISATION).stream().sorted()
        .filter(o -> directory.organisation(o, today).map(x -> x.kind() == OrganisationKind.PARTNER).orElse(false))
        .forEach(nation -> items.add(new WorkItem("consultations.invited." + nation, "consultations", "consultations.work.invited",
            List.of(nation), store.upcomingFor(nation, today), "/consultations?status=SCHEDULED&partner=" + nation,
            "consultations.work.invited.none")));
    return items;
  }

  private WorkItem item(String what, ConsultationStatus status, String href) {
    return new WorkItem("consultations." + what, "consultations", "consultations.work." + what, List.of(), store.countIn(status), href,
        "consultations.work." + what + ".none");
  }
}
