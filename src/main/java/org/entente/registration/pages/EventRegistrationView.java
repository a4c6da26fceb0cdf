package org.entente.registration.pages;

import java.io.Serializable;
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
 * @param done what the last action did, as a message key and its arguments
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
    @Nullable Problem done,
    java.util.Map<String, org.entente.languages.BilingualText> nationNames) {

  /** A nation's name in the reader's language (its code when the directory has none). */
  public String nation(String code, org.entente.languages.Language language) {
    var name = nationNames.get(code);
    return name == null ? code : name.text(language);
  }

  /** How many of the nominations the reader sees stand in each state, in the states' order. */
  public java.util.Map<NominationState, Long> perState() {
    var counts = new java.util.EnumMap<NominationState, Long>(NominationState.class);
    nominations.forEach(r -> counts.merge(r.nomination().state(), 1L, Long::sum));
    return counts;
  }

  /** One nomination and what the reader may do with it. */
  public record Row(Nomination nomination, List<NominationState> moves, @Nullable String certificate, boolean mayGiveFeedback) {}

  /**
   * A refusal, as a message key and its arguments. It travels in the session between the form's POST and the
   * page it redirects to (a flash attribute, written to PostgreSQL by Spring Session), so it and every argument
   * must be serializable: arguments that are not (or not known to be) become their text.
   */
  public record Problem(String key, List<Serializable> arguments) implements Serializable {

    public Problem {
      arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, List<?> arguments) {
      return new Problem(key, arguments.stream().map(Problem::serializable).toList());
    }

    public static Problem of(String key, Object... arguments) {
      return of(key, List.of(arguments));
    }

    private static Serializable serializable(@Nullable Object argument) {
      return switch (argument) {
        case null -> "";
        case String s -> s;
        case Number n -> n;
        case java.time.temporal.Temporal t when t instanceof Serializable ser -> ser;
        case org.springframework.context.support.DefaultMessageSourceResolvable r -> r;
        case Enum<?> e -> e.name();
        default -> argument.toString();
      };
    }
  }
}
