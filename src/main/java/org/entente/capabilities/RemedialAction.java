package org.entente.capabilities;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** An action of the remedial plan that follows an evaluation; it may cite a published menu activity that serves it. */
public record RemedialAction(UUID id, UUID evaluation, UUID unit, @Nullable Area area, BilingualText title, String owner, LocalDate dueOn,
    @Nullable String activity, ActionStatus status, @Nullable String note, String createdBy, LocalDate createdOn, @Nullable LocalDate closedOn) {}
