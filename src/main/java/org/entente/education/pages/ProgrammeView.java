package org.entente.education.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.directory.Names;
import org.entente.education.Programme;
import org.entente.education.Programme.YearFigures;
import org.entente.education.ProgrammeStatus;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One programme: its institution, pillars, curricula, experts (their institutions by name), menu events, placements
 * and yearly figures; the caller's moves and, for staff, the forms that add to it.
 *
 * @param events the programme's events with their activity's title when the reader may see it
 * @param names the names of the partner and of every organisation the page cites
 * @param choices the institutions and nations staff may pick an expert's or a host's from (empty for others)
 * @param section the part of the page a refused form belongs to
 */
public record ProgrammeView(Programme programme, List<EventRow> events, List<YearFigures> figures, Set<ProgrammeStatus> moves, boolean manages,
    Names names, List<org.entente.directory.Organisation> choices, @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice) {

  /** A linked event; {@code title} null when the reader may not see its activity. */
  public record EventRow(UUID event, String activity, java.time.LocalDate startsOn, @Nullable BilingualText title) {}

  public boolean in(String part) {
    return part.equals(section);
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public @Nullable Violation errorOf(String field) {
    return errors.get(field);
  }

  public String typed(String part, String field) {
    return in(part) ? typed.getOrDefault(field, "") : "";
  }

  public boolean open() {
    return manages && programme.status().open();
  }
}
