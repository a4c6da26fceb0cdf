package org.entente.registration;

import org.entente.database.ClusterJobs;
import org.entente.database.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The registration's own work on a timer: offers that ran out pass to the next in line; idempotency keys
 * past their keeping time are forgotten. Each offer is settled in a transaction of its own under its event's
 * lock, so several instances could run this at once; on a timer one instance runs each job at a time
 * ({@link ClusterJobs}), the others skip their turn. Reminders go out a week before an event.
 */
@Component
public class RegistrationJobs {

  private static final Logger log = LoggerFactory.getLogger(RegistrationJobs.class);
  private final Registrations registrations;
  private final Replies replies;
  private final ClusterJobs cluster;

  RegistrationJobs(Registrations registrations, Replies replies, ClusterJobs cluster) {
    this.registrations = registrations;
    this.replies = replies;
    this.cluster = cluster;
  }

  @Scheduled(fixedDelayString = "${entente.registration.offer-check:PT1M}", initialDelayString = "PT30S")
  void expireOffersOnTimer() {
    cluster.runAlone("offer expiry", this::expireOffers);
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetIdempotencyKeys() {
    cluster.runAlone("idempotency keys past 48 h", replies::forgetOld);
  }

  @Scheduled(fixedDelayString = "${entente.registration.reminder-check:PT6H}", initialDelayString = "PT2M")
  void remindOnTimer() {
    cluster.runAlone("event reminders", this::remind);
  }

  /** Expires the offers whose time ran out; how many. */
  public int expireOffers() {
    return SystemWork.run("offer expiry", () -> {
      var expired = 0;
      for (var offer : registrations.expiredOffers()) {
        if (registrations.expire(offer[0], offer[1])) {
          expired++;
        }
      }
      if (expired > 0) {
        log.info("{} waitlist offers expired", expired);
      }
      return expired;
    });
  }

  /** Reminders a week ahead (each nomination reminded once, however often this runs). */
  public int remind() {
    return SystemWork.run("event reminders", registrations::remindWeekAhead);
  }
}
