package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import org.entente.languages.BilingualText;
import org.entente.planning.Cycle;
import org.entente.planning.Question;
import org.entente.web.InvalidInput.Violation;

/** The survey form: its sections with their progress, what was typed (kept when refused), and each field's message. */
public record SurveyView(Cycle cycle, BilingualText partnerName, List<Section> sections, Map<String, String> values, Map<String, Violation> errors,
    boolean editable, boolean readsBudget, boolean saved) {

  /** A section of questions, how many are answered, and whether the reader may see it. */
  public record Section(Question.Section code, List<Question> questions, long answered, boolean hidden) {}

  public String value(String code) {
    return values.getOrDefault(code, "");
  }

  public boolean error(String code) {
    return errors.containsKey("answers." + code);
  }

  public Violation violation(String code) {
    return errors.get("answers." + code);
  }
}
