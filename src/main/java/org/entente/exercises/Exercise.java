package org.entente.exercises;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * An exercise of a version of the programme.
 *
 * @param code the same exercise across versions
 * @param kind live (LIVEX), command post (CPX) or computer-assisted (CAX)
 * @param invited the nations and partners (and organisations) invited: they read it once its version is in force
 * @param activity the code of the menu activity (type EXERCISE) it is published as
 * @param conferences its planning conferences, initial, main and final, in that order
 */
public record Exercise(UUID id, UUID version, String code, BilingualText name, Kind kind, LocalDate startsOn, LocalDate endsOn, String place,
    List<String> invited, @Nullable String activity, List<Conference> conferences) {

  public Exercise {
    invited = List.copyOf(invited);
    conferences = List.copyOf(conferences);
  }

  /** The form an exercise takes. */
  public enum Kind {
    LIVEX, CPX, CAX
  }

  /** A planning conference. */
  public record Conference(ConferenceKind kind, LocalDate startsOn, LocalDate endsOn, String place) {}

  /** Initial, main and final planning conferences. */
  public enum ConferenceKind {
    IPC, MPC, FPC
  }

  public @Nullable Conference conference(ConferenceKind kind) {
    return conferences.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
  }
}
