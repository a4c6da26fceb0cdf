package org.entente.science;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;

/** A call for proposals: the key priorities and mechanisms it is open to, its deadline and the panel's dates. */
public record Call(UUID id, String code, BilingualText title, List<KeyPriority> priorities, List<Mechanism> mechanisms,
    LocalDate deadline, LocalDate panelFrom, LocalDate panelTo, boolean published, boolean closed, String createdBy,
    Instant createdAt) {

  public Call {
    priorities = List.copyOf(priorities);
    mechanisms = List.copyOf(mechanisms);
  }

  /** Whether applications are accepted on this date. */
  public boolean openOn(LocalDate day) {
    return published && !closed && !day.isAfter(deadline);
  }
}
