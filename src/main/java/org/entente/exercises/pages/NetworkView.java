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
 */
public record NetworkView(List<Centre> centres, String accreditation, Names nations, List<Organisation> institutions, Map<String, Violation> errors,
    Map<String, String> typed) {

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
