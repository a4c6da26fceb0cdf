package org.entente.programmes;

import org.entente.database.ClusterJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, and at start: approved programmes whose period began become active, those past close. */
@Component
@ConditionalOnWebApplication // not in operators' commands
class ProgrammeCalendar {

  private final ProgrammeApprovals approvals;
  private final ClusterJobs cluster;

  ProgrammeCalendar(ProgrammeApprovals approvals, ClusterJobs cluster) {
    this.approvals = approvals;
    this.cluster = cluster;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "${entente.programmes.calendar:0 5 0 * * *}")
  void run() {
    cluster.runAlone("programme calendar", approvals::keepCalendar); // one instance at a time
  }
}
