package org.entente.prioritisation;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/** The start page's prioritisation items: a provider's (or staff's) oversubscribed events and the runs proposed, not yet applied. */
@Component
class PrioritisationWork implements WorkSource {

  private static final String SECTION = "prioritisation";
  private final Allocations allocations;
  private final RunStore runs;

  PrioritisationWork(Allocations allocations, RunStore runs) {
    this.allocations = allocations;
    this.runs = runs;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (!caller.organisationsWith(Permission.ALLOCATE_SEATS_FOR_OWN_ORGANISATION).isEmpty()) {
      items.add(WorkItem.of("prioritisation.oversubscribed", SECTION, "prioritisation.work.oversubscribed", allocations.oversubscribed().size(),
          "/prioritisation/runs", "prioritisation.work.oversubscribed.none"));
      items.add(WorkItem.of("prioritisation.runs-proposed", SECTION, "prioritisation.work.proposed", runs.proposed(), "/prioritisation/runs",
          "prioritisation.work.proposed.none"));
    }
    return items;
  }
}
