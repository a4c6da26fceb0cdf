package org.entente.capabilities;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * One step of a unit's history: the unit's own moves, its evaluations' and its remedial actions'.
 *
 * @param subject UNIT, EVALUATION or ACTION
 * @param label what moved: the unit's name, an evaluation's code (NEL1), an action's title
 */
public record TimelineEntry(String subject, UUID subjectId, BilingualText label, @Nullable String from, String to, String by, LocalDate on,
    @Nullable String note) {}
