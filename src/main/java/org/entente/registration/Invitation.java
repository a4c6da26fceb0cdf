package org.entente.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event opened to nominations: to every eligible nation ({@code nations} null) or to those named, within
 * a window, with optional quotas that may overlap.
 *
 * @param nationQuota at most this many seats per nation
 * @param frameworkQuotas at most so many seats for the members of each framework named
 */
public record Invitation(
    UUID event,
    String activity,
    String provider,
    int capacity,
    LocalDate opens,
    LocalDate closes,
    @Nullable List<String> nations,
    @Nullable Integer nationQuota,
    Map<String, Integer> frameworkQuotas) {}
