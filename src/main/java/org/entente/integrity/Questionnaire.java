package org.entente.integrity;

import java.time.LocalDate;
import java.util.List;
import org.entente.languages.BilingualText;

/** One version of the Self-Assessment Questionnaire, every question in English and French. */
public record Questionnaire(int version, LocalDate publishedOn, BilingualText note, List<Question> questions) {

  public Questionnaire {
    questions = List.copyOf(questions);
  }

  /** A question, with the area of integrity it examines (e.g. {@code PROCUREMENT}). */
  public record Question(int position, String area, BilingualText text) {}
}
