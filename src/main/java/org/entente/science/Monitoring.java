package org.entente.science;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring of an awarded project, for staff, the Council's secretariat and the monitor: who monitors it and
 * the monitor's note on each progress report (one note per report). Co-directors never read it.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Monitoring(UUID application, String code, @Nullable Monitor monitor, List<Note> notes) {

  public Monitoring {
    notes = List.copyOf(notes);
  }

  /** The appointed panel member who monitors the project. */
  public record Monitor(UUID account, String name, String nation, String appointedBy, Instant appointedAt) {}

  /** The monitor's note on one progress report. */
  public record Note(UUID id, UUID report, String body, String writtenBy, Instant writtenAt) {}

  /** A project the caller monitors: its progress reports, and how many wait for a note. */
  public record Monitored(UUID application, String code, BilingualText title, ApplicationStatus status, long reports, long waiting) {}

  /** The note for a report, if the monitor wrote one. */
  public @Nullable Note noteOn(UUID report) {
    return notes.stream().filter(n -> n.report().equals(report)).findFirst().orElse(null);
  }
}
