package org.entente.registration.pages;

import java.util.List;
import org.entente.catalogue.Event;
import org.entente.registration.AfterEvent;
import org.entente.registration.Invitation;
import org.entente.registration.Nomination;
import org.entente.registration.NominationState;
import org.entente.registration.Participant;
import org.entente.registration.Seats;
import org.jspecify.annotations.Nullable;

/**
 * An event's registration page: the event, its seats, the nominations the reader may see with the moves the
 * reader may make on each, and the reader's own people to nominate.
 *
 * @param problem a refused action's message key and arguments, shown at the top
 */
public record EventRegistrationView(
    Event event,
    Invitation invitation,
    Seats seats,
    List<Row> nominations,
    List<Participant> nominable,
    boolean mayNominate,
    boolean mayReport,
    AfterEvent.@Nullable FeedbackSummary feedback,
    @Nullable Problem problem,
    @Nullable String done) {

  /** One nomination and what the reader may do with it. */
  public record Row(Nomination nomination, List<NominationState> moves, @Nullable String certificate, boolean mayGiveFeedback) {}

  /** A refusal, as a message key and its arguments. */
  public record Problem(String key, List<Object> arguments) {}
}
