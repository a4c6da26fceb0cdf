package org.entente.planning.pages;

import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.planning.ProgrammeAssessmentStatus;

/** The assessable programmes (IPAP, ANP, ITPP under way) the reader may see, with their assessments' states. */
public record AssessmentsView(List<Row> programmes) {

  /** A programme and its assessments by year. */
  public record Row(UUID id, BilingualText title, String type, String status, List<Year> years) {}

  public record Year(int year, ProgrammeAssessmentStatus status) {}
}
