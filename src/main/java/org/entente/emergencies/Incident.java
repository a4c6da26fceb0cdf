package org.entente.emergencies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A stricken nation's request for assistance as its readers see it: what happened where, what is needed line by
 * line (with coverage in figures only: who offered is on the offer lines, seen by those entitled), whom to
 * call, and where it stands.
 *
 * @param revision grows with every change to the incident, its needs, offers or reports (for live boards)
 */
public record Incident(
    UUID id,
    String reference,
    String nation,
    boolean exercise,
    DisasterType disasterType,
    BilingualText title,
    BilingualText situation,
    IncidentStatus status,
    List<Place> places,
    List<Need> needs,
    List<Contact> contacts,
    String createdBy,
    Instant createdAt,
    @Nullable Instant submittedAt,
    @Nullable Instant disseminatedAt,
    @Nullable Instant closedAt,
    long revision) {

  public Incident {
    places = List.copyOf(places);
    needs = List.copyOf(needs);
    contacts = List.copyOf(contacts);
  }

  public enum DisasterType { FLOOD, EARTHQUAKE, WILDFIRE, STORM, EPIDEMIC, MIGRATION, CBRN, OTHER }

  public enum Category { SHELTER, MEDICAL, WATER_SANITATION, SEARCH_AND_RESCUE, AERIAL_FIREFIGHTING, TRANSPORT, FOOD, POWER, OTHER }

  public enum Priority { HIGH, MEDIUM, LOW }

  /** A place struck, with its position for the map when known. */
  public record Place(String name, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {}

  /** A person to call in the stricken nation. */
  public record Contact(String name, @Nullable String function, @Nullable String email, @Nullable String phone) {}

  /**
   * One line of the needs, with its coverage: offered (lines still live), accepted, delivered; the gap is what is
   * needed and not yet accepted.
   */
  public record Need(
      UUID id, int line, String item, Category category, int quantity, String unit, Priority priority,
      @Nullable LocalDate neededBy, int offered, int accepted, int delivered) {

    public int gap() {
      return quantity - accepted;
    }
  }

  /** The needs, the widest gap first (in priority order for equal gaps' sake: high before low). */
  public List<Need> coverage() {
    return needs.stream()
        .sorted(java.util.Comparator.comparingInt((Need n) -> n.gap() == 0 ? 1 : 0)
            .thenComparing(Need::priority)
            .thenComparing(java.util.Comparator.comparingInt(Need::gap).reversed())
            .thenComparingInt(Need::line))
        .toList();
  }
}
