package org.entente.capacitybuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The start page's capacity building items: staff the requests to assess, the drafts to finish and the biennial
 * reviews due within three months; the secretariat the packages before the Council; a nation's coordinators the
 * packages in preparation for it or with its advisers. Counted as the caller, through row-level security.
 */
@Component
class PackageWork implements WorkSource {

  private final PackageStore store;
  private final Clock clock;

  PackageWork(PackageStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_CAPACITY_BUILDING_GLOBALLY)) {
      items.add(item("to-assess", store.countIn(CapacityBuildingStatus.REQUESTED), "/capacity-building?status=REQUESTED"));
      items.add(item("to-draft", store.countIn(CapacityBuildingStatus.ASSESSING) + store.countIn(CapacityBuildingStatus.DRAFTED),
          "/capacity-building?status=DRAFTED"));
      items.add(item("reviews-due", store.reviewsDue(LocalDate.now(clock).plusMonths(3)), "/capacity-building?status=IMPLEMENTING"));
    }
    if (caller.has(Permission.RECORD_DECISIONS_GLOBALLY)) {
      items.add(item("before-council", store.countIn(CapacityBuildingStatus.BEFORE_COUNCIL), "/council"));
    }
    caller.organisationsWith(Permission.REQUEST_CAPACITY_BUILDING_FOR_OWN_ORGANISATION).stream().sorted()
        .forEach(nation -> items.add(new WorkItem("capacitybuilding.preparing." + nation, "capacitybuilding", "capacitybuilding.work.preparing",
            List.of(nation), store.inPreparationFor(nation), "/capacity-building?partner=" + nation, "capacitybuilding.work.preparing.none")));
    return items;
  }

  private WorkItem item(String what, long count, String href) {
    return new WorkItem("capacitybuilding." + what, "capacitybuilding", "capacitybuilding.work." + what, List.of(), count, href,
        "capacitybuilding.work." + what + ".none");
  }
}
