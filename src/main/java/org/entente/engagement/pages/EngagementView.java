package org.entente.engagement.pages;

import java.time.LocalDate;
import java.util.List;
import org.entente.directory.Organisation;
import org.entente.engagement.Engaged;
import org.jspecify.annotations.Nullable;

/**
 * The engagement pages' models.
 *
 * @param on the date the facts are read on (as typed, kept when wrong)
 */
public final class EngagementView {

  private EngagementView() {}

  /** Operations and statuses on a date, and the partners to open. */
  public record Overview(String on, boolean dateError, List<Engaged.Operation> operations, List<Engaged.Status> statuses,
      List<Engaged.Contribution> contributions, List<Organisation> partners, List<org.entente.engagement.Interlocutor> interlocutors) {}

  /** One partner: statuses, contributions, Contact Point Embassies, mission and its people, and the caller's forms. */
  public record Partner(Organisation partner, LocalDate on, Engaged.Profile profile, boolean manage, boolean keep,
      @Nullable Notice notice) {

    public boolean notice(String section) {
      return notice != null && notice.section().equals(section);
    }
  }

  /** A refusal shown beside its form. */
  public record Notice(String section, String key, Object[] args) {}
}
