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

  NotificationsApi(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  Listing<Notifications.Item> mine(Locale locale, Paging paging) {
    return notifications.mine(locale, paging);
  }
}
