package org.entente.exercises;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.access.Role;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The start page's exercise items: the planning board the versions circulated and waiting for approval; a nation's
 * coordinators the planning conferences of exercises open to them in the next 30 days. Counted as the caller,
 * through row-level security.
 */
@Component
class ExercisesWork implements WorkSource {

  private final ExerciseStore store;
  private final Clock clock;

  ExercisesWork(ExerciseStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var items = new ArrayList<WorkItem>();
    if (caller.has(Permission.PLAN_EXERCISES_GLOBALLY)) {
      items.add(WorkItem.of("exercises.to-approve", "exercises", "exercises.work.to-approve", store.countIn(VersionStatus.CIRCULATED),
          "/exercises/versions?status=CIRCULATED", "exercises.work.to-approve.none"));
    } else if (caller.hasRole(Role.NATIONAL_COORDINATOR)) {
      var today = LocalDate.now(clock);
      items.add(WorkItem.of("exercises.conferences", "exercises", "exercises.work.conferences", store.conferencesBetween(today, today.plusDays(30)),
          "/exercises", "exercises.work.conferences.none"));
    }
    return items;
  }
}
