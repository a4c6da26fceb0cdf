package org.entente.prioritisation.pages;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entente.catalogue.Event;
import org.entente.directory.Names;
import org.entente.prioritisation.Allocations;
import org.entente.prioritisation.Consideration;
import org.entente.prioritisation.Run;
import org.jspecify.annotations.Nullable;

/** An allocation run's page: seats per nation beside first come, first served, each nomination's result and why. */
public record RunView(Allocations.Detail detail, Map<UUID, Event> events, Names names, List<Consideration> considerations,
    @Nullable String notice, List<Object> noticeArgs, boolean mayCompare, List<org.entente.prioritisation.WhatIfs.NationComparison> comparison) {

  public Run run() {
    return detail.run();
  }

  public String eventLabel(UUID id, org.entente.languages.Language language) {
    var e = events.get(id);
    return e == null ? id.toString() : e.activityTitle().text(language) + " · " + org.entente.web.Page.formatDate(e.startsOn(), language);
  }

  /** A short explanation's arguments: worth, bar, detail. */
  public Object[] reasonArgs(Run.Outcome o) {
    return new Object[] {String.valueOf(o.worth()), String.valueOf(o.threshold()), o.detail() == null ? "" : o.detail()};
  }
}
