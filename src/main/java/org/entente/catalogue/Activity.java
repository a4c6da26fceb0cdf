package org.entente.catalogue;

import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.markings.Marking;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the menu.
 *
 * @param provider the directory code of the organisation offering it
 * @param languages the languages it is taught in (ISO 639-1)
 * @param areas its areas of cooperation; {@code priorityAreas} the policy's priority areas it serves
 * @param statusReason why it was returned, withdrawn or discarded
 * @param revision how many times its content was submitted or revised
 */
public record Activity(
    String code,
    String provider,
    ActivityType type,
    Format format,
    BilingualText title,
    BilingualText summary,
    BilingualText description,
    BilingualText objectives,
    List<String> languages,
    int durationDays,
    List<String> areas,
    List<String> priorityAreas,
    Marking marking,
    Eligibility eligibility,
    ActivityStatus status,
    @Nullable String statusReason,
    int revision) {

  /** The kinds of activity of the menu. */
  public enum ActivityType {
    COURSE, EXERCISE, WORKSHOP, SEMINAR, CONFERENCE, EXPERT_VISIT, ONLINE_COURSE, OTHER
  }

  /** How it is attended. */
  public enum Format {
    RESIDENTIAL, ONLINE, BLENDED
  }
}
