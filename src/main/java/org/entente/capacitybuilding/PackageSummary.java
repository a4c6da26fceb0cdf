package org.entente.capacitybuilding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/** A package as a list shows it. */
public record PackageSummary(UUID id, String partner, BilingualText title, CapacityBuildingStatus status, List<String> contributors,
    @Nullable LocalDate nextReview) {

  public PackageSummary {
    contributors = List.copyOf(contributors);
  }
}
