package org.entente.notifications.pages;

import java.util.List;
import org.entente.notifications.Notifications;

/** The notices page: groups of notices by subject, and how many are unread in all. */
public record NotificationsView(List<Group> groups, int unread) {

  /** The notices of one subject, newest first. */
  public record Group(String subject, List<Line> lines) {

    public long unread() {
      return lines.stream().filter(l -> !l.read()).count();
    }
  }

  /** A notice and whether the reader has read it. */
  public record Line(Notifications.Item item, boolean read) {

    /** The message key saying what the notice's link opens. */
    public String opens() {
      var link = item.link() == null ? "" : item.link();
      if (link.startsWith("/registration/events/")) return "notifications.opens.event";
      if (link.startsWith("/registration/nominations/")) return "notifications.opens.nomination";
      if (link.startsWith("/programmes/")) return "notifications.opens.programme";
      if (link.startsWith("/council")) return "notifications.opens.council";
      if (link.startsWith("/menu/")) return "notifications.opens.activity";
      return "notifications.opens.page";
    }

    /** When, to the minute, UTC. */
    public String at() {
      return item.at().toString().substring(0, 16).replace('T', ' ') + " UTC";
    }
  }
}
