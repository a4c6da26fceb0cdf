package org.entente.exercises;

import java.util.List;
import java.util.TreeSet;
import org.entente.notifications.Notice;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * What an approved version tells the coordinators of every organisation it invites (and staff), through the outbox
 * in the transaction of the approval: that a version is in force, never which other organisations are invited.
 */
@Component
class ExerciseNotices {

  private final Notifications notifications;

  ExerciseNotices(Notifications notifications) {
    this.notifications = notifications;
  }

  void approved(PlanVersion v, List<Exercise> exercises) {
    var audience = new TreeSet<String>();
    audience.add("IS:STAFF");
    exercises.forEach(e -> e.invited().forEach(org -> audience.add(org + ":NATIONAL_COORDINATOR")));
    notifications.write(new Notice(audience, null, "en", "exercises.notice.approved.subject", "exercises.notice.approved.body",
        List.of(String.valueOf(v.number()), String.valueOf(v.firstYear()), String.valueOf(v.lastYear())), "/exercises", null));
  }
}
