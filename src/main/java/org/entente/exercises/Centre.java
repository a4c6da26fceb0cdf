package org.entente.exercises;

import java.time.LocalDate;
import java.util.List;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A training centre of the network: an institution of the directory with its accreditation and specialities, and the
 * menu activities it provides that the reader may see.
 *
 * @param belongsTo the nation it belongs to, or {@code NATO}
 * @param accreditedOn the date of its accreditation (or suspension, withdrawal); none while a candidate
 */
public record Centre(String code, BilingualText name, @Nullable String belongsTo, Accreditation accreditation, @Nullable LocalDate accreditedOn,
    BilingualText specialities, List<Course> courses) {

  public Centre {
    courses = List.copyOf(courses);
  }

  /** Where a centre stands in the network. */
  public enum Accreditation {
    CANDIDATE, ACCREDITED, SUSPENDED, WITHDRAWN
  }

  /** A menu activity the centre provides. */
  public record Course(String code, String type, BilingualText title) {}
}
