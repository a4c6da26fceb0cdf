package org.entente.education;

import java.util.UUID;
import org.entente.languages.BilingualText;

/** A programme as a list shows it. */
public record ProgrammeSummary(UUID id, String partner, Programme.Kind kind, Programme.InstitutionType institutionType, BilingualText institution,
    ProgrammeStatus status, int events) {}
