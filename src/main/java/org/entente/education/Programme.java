package org.entente.education;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A partner's DEEP or PDP programme at one institution, as its readers see it.
 *
 * @param expertOrganisations the directory codes of the organisations that provide its experts
 */
public record Programme(
    UUID id,
    String partner,
    Kind kind,
    InstitutionType institutionType,
    BilingualText institution,
    List<Pillar> pillars,
    List<Curriculum> curricula,
    List<String> expertOrganisations,
    ProgrammeStatus status,
    @Nullable String reason,
    String proposedBy,
    List<Expert> experts,
    List<LinkedEvent> events,
    List<Placement> placements,
    Instant createdAt,
    Instant updatedAt) {

  public Programme {
    pillars = List.copyOf(pillars);
    curricula = List.copyOf(curricula);
    expertOrganisations = List.copyOf(expertOrganisations);
    experts = List.copyOf(experts);
    events = List.copyOf(events);
    placements = List.copyOf(placements);
  }

  /** DEEP (military education institutions) or PDP (civilian staff of defence and security institutions). */
  public enum Kind {
    DEEP, PDP
  }

  public enum InstitutionType {
    WAR_COLLEGE, STAFF_COLLEGE, NCO_ACADEMY, MILITARY_ACADEMY, DEFENCE_UNIVERSITY, LANGUAGE_SCHOOL, MINISTRY, CIVIL_SERVICE_SCHOOL, OTHER
  }

  /** DEEP's three pillars. */
  public enum Pillar {
    CURRICULUM_DEVELOPMENT, FACULTY_DEVELOPMENT, PEER_TO_PEER
  }

  /** The reference curricula NATO and the PfP Consortium publish, which a programme adapts. */
  public enum Curriculum {
    GENERIC_OFFICER_PME, NCO_PME, CYBERSECURITY, COUNTER_TERRORISM, COUNTER_INSURGENCY, BUILDING_INTEGRITY, GENDER_PERSPECTIVES,
    HYBRID_WARFARE, DEFENCE_INSTITUTION_BUILDING, PROFESSIONAL_MILITARY_ETHICS
  }

  /** An expert, provided by an Allied or partner institution (a directory code). */
  public record Expert(UUID id, String name, String organisation, @Nullable Pillar pillar) {}

  /** A menu event of the programme: its id in the catalogue, its activity and first day. */
  public record LinkedEvent(UUID event, String activity, LocalDate startsOn) {}

  /** A PDP placement: so many people placed with a host institution from a date. */
  public record Placement(UUID id, String host, LocalDate startsOn, int people) {}

  /**
   * One year's figures: the events run and those who attended them (from registration), the nations they came from,
   * the mean feedback (from three answers), and for a PDP programme the people placed; trained = attended + placed.
   */
  public record YearFigures(int year, int events, int attended, int nations, int feedbackAnswers, @Nullable BigDecimal meanFeedback,
      int placed, int trained) {}
}
