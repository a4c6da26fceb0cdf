package org.entente.exercises.pages;

import java.util.List;
import java.util.Map;
import org.entente.directory.Names;
import org.entente.directory.Organisation;
import org.entente.exercises.Centre;
import org.entente.web.InvalidInput.Violation;

/**
 * The training centres network: the centres with their accreditation, specialities and courses; for staff, the form
 * that records a centre's accreditation.
 *
 * @param institutions the institutions staff may record (empty for everyone else: no form)
 * @param output the listed centres' output per year, from registration
 */
public record NetworkView(List<Centre> centres, String accreditation, Names nations, List<Organisation> institutions, Map<String, Violation> errors,
    Map<String, String> typed, List<org.entente.registration.Output.Year> output, List<NationRow> byNation) {

  /** A nation (or NATO) and how many of the listed centres belong to it: the map's data, and its text alternative. */
  public record NationRow(String code, int centres, int accredited) {}

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public long accredited() {
    return centres.stream().filter(c -> c.accreditation() == Centre.Accreditation.ACCREDITED).count();
  }
}
