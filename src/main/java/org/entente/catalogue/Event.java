package org.entente.catalogue;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence of an activity.
 *
 * @param nationQuota at most this many participants per nation, if set (the registration module applies it)
 */
public record Event(
    UUID id,
    String activity,
    BilingualText activityTitle,
    String provider,
    LocalDate startsOn,
    LocalDate endsOn,
    @Nullable String city,
    @Nullable String country,
    int seats,
    LocalDate nominationsOpen,
    LocalDate nominationsClose,
    @Nullable Integer nationQuota,
    String status) {}
