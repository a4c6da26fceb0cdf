package org.entente.council;

import java.util.List;
import org.entente.languages.BilingualText;

/** Something a module asks the Council to decide, as it appears on the secretariat's agenda. */
public record Subject(Decision.SubjectType type, String id, List<String> concerns, BilingualText title) {

  public Subject {
    concerns = List.copyOf(concerns);
  }
}
