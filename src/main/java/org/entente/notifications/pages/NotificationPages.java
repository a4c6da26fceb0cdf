package org.entente.notifications.pages;

import java.util.Locale;
import org.entente.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reader's notices, newest first. */
@Controller
class NotificationPages {

  private final Notifications notifications;

  NotificationPages(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  String list(Locale locale, Model model) {
    model.addAttribute("items", notifications.mine(locale, 200));
    return "notifications/list";
  }
}
