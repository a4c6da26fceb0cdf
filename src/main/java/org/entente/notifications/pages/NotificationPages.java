package org.entente.notifications.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.entente.notifications.Notifications;
import org.entente.notifications.Reading;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The reader's notices, grouped by subject (newest group first), unread ones marked; each says what its link
 * opens. Opening one marks it read (a form, so that nothing changes on a mere GET); all can be marked read.
 */
@Controller
class NotificationPages {

  private final Notifications notifications;
  private final Reading reading;

  NotificationPages(Notifications notifications, Reading reading) {
    this.notifications = notifications;
    this.reading = reading;
  }

  @GetMapping("/notifications")
  String list(Locale locale, Model model) {
    var items = notifications.mine(locale, 200);
    var read = reading.read(items.stream().map(Notifications.Item::id).toList());
    var groups = new LinkedHashMap<String, List<NotificationsView.Line>>();
    for (var item : items) {
      groups.computeIfAbsent(item.subject(), k -> new java.util.ArrayList<>())
          .add(new NotificationsView.Line(item, read.contains(item.id())));
    }
    model.addAttribute("view", new NotificationsView(groups.entrySet().stream()
        .map(e -> new NotificationsView.Group(e.getKey(), e.getValue())).toList(), items.size() - read.size()));
    return "notifications/list";
  }

  @PostMapping("/notifications/{id}/open")
  String open(@PathVariable UUID id) {
    var link = reading.open(id).orElse(null);
    // only the application's own addresses: a notice never sends the reader elsewhere
    return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
  }

  @PostMapping("/notifications/read")
  String readAll() {
    reading.markAllRead();
    return "redirect:/notifications";
  }
}
