package org.entente.notifications;

import java.util.Locale;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notices over HTTP. */
@RestController
@RequestMapping("/api/v1")
class NotificationsApi {

  private final Notifications notifications;
  private final Reading reading;

  NotificationsApi(Notifications notifications, Reading reading) {
    this.notifications = notifications;
    this.reading = reading;
  }

  /** Marks one of the caller's notices read (404 for one not addressed to them). */
  @org.springframework.web.bind.annotation.PostMapping("/notifications/{id}/read")
  org.springframework.http.ResponseEntity<Void> read(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id) {
    reading.open(id);
    return org.springframework.http.ResponseEntity.noContent().build();
  }

  @GetMapping("/notifications")
  Listing<Notifications.Item> mine(Locale locale, Paging paging) {
    return notifications.mine(locale, paging);
  }
}
