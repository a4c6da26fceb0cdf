package org.entente.education;

import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The start page's defence education items: staff the proposed programmes to decide on and the suspended ones; a
 * partner's coordinators their nation's active programmes. Counted as the caller, through row-level security.
 */
@Component
class EducationWork implements WorkSource {

  private final EducationStore store;

  EducationWork(EducationStore store) {
    this.store = store;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.MANAGE_EDUCATION_GLOBALLY)) {
      items.add(WorkItem.of("education.proposed", "education", "education.work.proposed", store.countIn(ProgrammeStatus.PROPOSED, null),
          "/education?status=PROPOSED", "education.work.proposed.none"));
      items.add(WorkItem.of("education.suspended", "education", "education.work.suspended", store.countIn(ProgrammeStatus.SUSPENDED, null),
          "/education?status=SUSPENDED", "education.work.suspended.none"));
    }
    caller.organisationsWith(Permission.TAKE_PART_IN_EDUCATION_FOR_OWN_ORGANISATION).stream().sorted().forEach(nation -> {
      var active = store.countIn(ProgrammeStatus.ACTIVE, nation);
      if (active > 0) {
        items.add(new WorkItem("education.active." + nation, "education", "education.work.active", List.of(nation), active,
            "/education?status=ACTIVE&partner=" + nation, "education.work.active.none"));
      }
    });
    return items;
  }
}
