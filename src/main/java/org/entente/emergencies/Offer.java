package org.entente.emergencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of a nation's offer: against a need (its line number) or something not asked for. Seen by the nation
 * that offered, the stricken nation and the centre only.
 *
 * @param acceptedQuantity how much the stricken nation accepted (less than offered: partly accepted)
 */
public record Offer(
    UUID id,
    UUID incident,
    @Nullable UUID need,
    @Nullable Integer needLine,
    String donor,
    String item,
    Incident.Category category,
    String unit,
    int quantity,
    int acceptedQuantity,
    DeliveryMode deliveryMode,
    @Nullable LocalDate expectedArrival,
    @Nullable String conditions,
    OfferStatus status,
    String offeredBy,
    Instant offeredAt,
    Instant changedAt) {

  public enum DeliveryMode { AIR, ROAD, RAIL, SEA, ON_SITE }

  public boolean partlyAccepted() {
    return status.accepted() && acceptedQuantity < quantity;
  }
}
