package org.entente.programmes;

import java.util.ArrayList;
import java.util.List;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Catalogue;
import org.entente.programmes.ProgrammeContent.PlannedActivity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A programme's planned activities checked against the menu today: discarded since, no event in the period, no longer eligible. */
@Service
public class ProgrammeMenuChecks {

  private final Catalogue catalogue;

  ProgrammeMenuChecks(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** A planned activity with what the menu says of it today. */
  public record PlannedView(PlannedActivity activity, @Nullable ActivityStatus status, boolean eligible, int eventsInPeriod,
      List<Flag> flags) {}

  /** What a reviewer should look at twice. */
  public enum Flag {
    DISCARDED, NO_EVENT_IN_PERIOD, NOT_ELIGIBLE
  }

  /** The planned activities with the menu's news: discarded since, no event in the period, no longer eligible. */
  @Transactional(readOnly = true)
  public List<PlannedView> planned(Programme programme) {
    var codes = programme.content().activities().stream().map(PlannedActivity::code).toList();
    var facts = catalogue.planning(codes, programme.partner(), programme.startsOn(), programme.endsOn());
    var views = new ArrayList<PlannedView>();
    for (var activity : programme.content().activities()) {
      var f = facts.get(activity.code());
      var flags = new ArrayList<Flag>();
      if (f == null || f.status() == ActivityStatus.DISCARDED || f.status() == ActivityStatus.WITHDRAWN) flags.add(Flag.DISCARDED);
      if (f == null || f.eventsInPeriod() == 0) flags.add(Flag.NO_EVENT_IN_PERIOD);
      if (f != null && !f.eligible()) flags.add(Flag.NOT_ELIGIBLE);
      views.add(new PlannedView(activity, f == null ? null : f.status(), f != null && f.eligible(), f == null ? 0 : f.eventsInPeriod(),
          List.copyOf(flags)));
    }
    return views;
  }
}
