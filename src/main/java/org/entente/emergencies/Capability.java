package org.entente.emergencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the EADRU register: a national team or capability a nation could send to a disaster — what kind, how
 * big (persons), how soon it can leave (hours), how long it lives on its own supplies (days), whom to call — and
 * when the nation last confirmed it still holds.
 *
 * @param stale last confirmed more than a year ago: the nation should confirm or withdraw it
 */
public record Capability(
    UUID id,
    String nation,
    Kind kind,
    String name,
    int size,
    int readinessHours,
    int selfSufficiencyDays,
    String contact,
    LocalDate lastConfirmed,
    boolean stale,
    String registeredBy,
    Instant registeredAt,
    String changedBy,
    Instant changedAt) {

  /** The kinds of team or capability, each answering one category of need. */
  public enum Kind {
    URBAN_SEARCH_AND_RESCUE(Incident.Category.SEARCH_AND_RESCUE),
    FLOOD_RESCUE(Incident.Category.SEARCH_AND_RESCUE),
    MEDICAL_TEAM(Incident.Category.MEDICAL),
    WATER_PURIFICATION(Incident.Category.WATER_SANITATION),
    AERIAL_FIREFIGHTING(Incident.Category.AERIAL_FIREFIGHTING),
    CBRN(Incident.Category.OTHER),
    SHELTER(Incident.Category.SHELTER),
    POWER(Incident.Category.POWER),
    AIRLIFT(Incident.Category.TRANSPORT),
    OTHER(Incident.Category.OTHER);

    private final Incident.Category answers;

    Kind(Incident.Category answers) {
      this.answers = answers;
    }

    /** The category of need this kind answers. */
    public Incident.Category answers() {
      return answers;
    }
  }

  /** A registered capability that answers one need line of an incident. */
  public record Match(int needLine, Capability capability) {}
}
