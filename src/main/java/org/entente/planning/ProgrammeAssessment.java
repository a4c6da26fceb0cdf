package org.entente.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one year of an IPAP or ANP (or ITPP): a progress rating and narrative per objective and target.
 *
 * @param ratings by item: an objective's key ({@code O1}) or one of its targets ({@code O1-T1}, numbered from 1)
 */
public record ProgrammeAssessment(UUID id, UUID programme, String partner, String programmeType, int year, ProgrammeAssessmentStatus status,
    List<ItemRating> ratings, @Nullable String agreedBy, @Nullable LocalDate agreedOn, String createdBy, Instant createdAt, Instant updatedAt) {

  public ProgrammeAssessment {
    ratings = List.copyOf(ratings);
  }

  /** The rating of one objective or target. */
  public record ItemRating(String item, Rating.Progress progress, BilingualText narrative) {}

  /** A comment of the partner or staff on an item (or "general"). */
  public record Comment(UUID id, String item, String author, Instant writtenAt, String body) {}

  public @Nullable ItemRating rating(String item) {
    return ratings.stream().filter(r -> r.item().equals(item)).findFirst().orElse(null);
  }
}
