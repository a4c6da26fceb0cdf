package org.entente.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A nation's Building Integrity assessment in full, as its coordinators, staff and the peer review team read it.
 *
 * @param version the version of the questionnaire issued to the nation
 * @param team the peer review team: one lead from staff, three or four experts
 * @param answers the nation's answers, by question position
 * @param report the team's report, agreed with the nation on {@code agreedOn}
 * @param actions the tailored follow-up plan
 */
public record Assessment(
    UUID id,
    String nation,
    String requestedBy,
    @Nullable Integer version,
    IntegrityStatus status,
    List<Member> team,
    @Nullable LocalDate visitFrom,
    @Nullable LocalDate visitTo,
    @Nullable String visitPlace,
    BilingualText report,
    @Nullable LocalDate agreedOn,
    @Nullable String reason,
    List<Answer> answers,
    List<Action> actions,
    Instant createdAt,
    Instant updatedAt) {

  public Assessment {
    team = List.copyOf(team);
    answers = List.copyOf(answers);
    actions = List.copyOf(actions);
  }

  /** A member of the peer review team; {@code account} the username that reads the assessment, if any. */
  public record Member(UUID id, String name, String organisation, @Nullable String account, boolean leads) {}

  /** The nation's answer to one question. */
  public record Answer(int position, String answer, String answeredBy) {}

  /** An action of the follow-up plan, linked to a menu activity by its code. */
  public record Action(UUID id, BilingualText title, @Nullable String activity, @Nullable LocalDate dueOn) {}

  public @Nullable String answer(int position) {
    return answers.stream().filter(a -> a.position() == position).map(Answer::answer).findFirst().orElse(null);
  }
}
