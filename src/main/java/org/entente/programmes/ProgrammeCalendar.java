package org.entente.programmes;

import org.entente.database.SystemWork;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, and at start: approved programmes whose period began become active, those past close. */
@Component
@ConditionalOnWebApplication // not in operators' commands
class ProgrammeCalendar {

  private final Programmes programmes;

  ProgrammeCalendar(Programmes programmes) {
    this.programmes = programmes;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(cron = "${entente.programmes.calendar:0 5 0 * * *}")
  void run() {
    SystemWork.run("programme calendar", programmes::keepCalendar);
  }
}
