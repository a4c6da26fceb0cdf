package org.entente.registration;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A nomination with its event's dates and what the reader may do with it: in a participant's own space, a
 * coordinator's or a provider's list of work.
 *
 * @param moves what they may do now (accept an offer: CONFIRMED; decline or cancel: CANCELLED)
 * @param certificate the verification code of their certificate, once they attended
 * @param feedbackDue they attended and have not given their feedback yet
 */
public record MyNomination(
    Nomination nomination, LocalDate startsOn, LocalDate endsOn, List<NominationState> moves, @Nullable String certificate,
    boolean feedbackDue, boolean feedbackGiven) {}
