package org.entente.capacitybuilding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A Defence Capacity Building package in full, as the partner it concerns, its contributing nations, staff, the
 * secretariat and (once approved) every Ally read it.
 *
 * @param partner the partner nation the package is for
 * @param request what the partner asked for
 * @param assessment the needs assessment by staff
 * @param contributors the nations providing advisers and trainers
 * @param trustFund the trust fund of the {@code trustfunds} module that funds it, if any
 * @param fundingReference a plain reference to its funding (a national contribution, another fund)
 * @param decision the reference of the Council decision that approved or rejected it
 * @param nextReview when the next biennial review is due (set on approval, two years after each review)
 */
public record CapacityPackage(
    UUID id,
    String partner,
    String requestedBy,
    BilingualText title,
    BilingualText request,
    BilingualText assessment,
    CapacityBuildingStatus status,
    List<String> contributors,
    @Nullable UUID trustFund,
    @Nullable String fundingReference,
    @Nullable String decision,
    @Nullable String reason,
    @Nullable LocalDate nextReview,
    List<Area> areas,
    List<Expert> experts,
    List<Review> reviews,
    Instant createdAt,
    Instant updatedAt) {

  public CapacityPackage {
    contributors = List.copyOf(contributors);
    areas = List.copyOf(areas);
    experts = List.copyOf(experts);
    reviews = List.copyOf(reviews);
  }

  /** An area of the package with its projects, and its progress at the latest review (null before any). */
  public record Area(UUID id, int position, BilingualText name, List<BilingualText> projects, @Nullable Integer progress) {
    public Area {
      projects = List.copyOf(projects);
    }
  }

  /** An adviser or trainer from a contributing nation, to one area or (null) the whole package. */
  public record Expert(UUID id, String nation, Kind kind, String name, @Nullable UUID area) {}

  public enum Kind {
    ADVISER, TRAINER
  }

  /** A biennial review with the progress of each area. */
  public record Review(UUID id, LocalDate reviewedOn, BilingualText summary, String reviewedBy, List<Progress> progress) {
    public Review {
      progress = List.copyOf(progress);
    }
  }

  /** How far an area has come, 0–100 %. */
  public record Progress(UUID area, int percent, @Nullable String note) {}

  /** The package has funding: a trust fund or a plain reference. */
  public boolean funded() {
    return trustFund != null || (fundingReference != null && !fundingReference.isBlank());
  }
}
