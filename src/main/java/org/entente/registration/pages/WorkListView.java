package org.entente.registration.pages;

import java.util.List;
import java.util.Map;
import org.entente.catalogue.Activity;
import org.entente.catalogue.ActivityStatus;
import org.entente.catalogue.Event;
import org.entente.registration.MyNomination;
import org.entente.registration.NominationState;
import org.entente.registration.Seats;
import org.jspecify.annotations.Nullable;

/**
 * The lists people work from: a coordinator's nominations (filtered by state), and a provider's console (their
 * activities by state, their events with seats held, waitlisted and left, the nominations waiting for a decision
 * and the attendance to record, decided several at once).
 */
public record WorkListView(
    @Nullable NominationState state, List<MyNomination> nominations, Map<ActivityStatus, List<Activity>> activities,
    List<EventLine> events, List<MyNomination> pending, List<MyNomination> attendance, @Nullable Outcome outcome) {

  /** An event of the provider's with its seats. */
  public record EventLine(Event event, Seats seats) {

    public int left() {
      return Math.max(0, seats.capacity() - seats.held());
    }
  }

  public List<NominationState> states() {
    return List.of(NominationState.values());
  }
}
