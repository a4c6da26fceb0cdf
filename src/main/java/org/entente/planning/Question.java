package org.entente.planning;

import java.util.List;
import org.entente.languages.BilingualText;

/** A question of the survey's versioned set, with its section and the type its answer must have. */
public record Question(int setVersion, String code, Section section, int position, Kind kind, BilingualText label, List<Choice> choices) {

  public Question {
    choices = List.copyOf(choices);
  }

  public enum Section {
    FORCES, PLANS, BUDGET
  }

  public enum Kind {
    NUMBER, CHOICE, TEXT
  }

  public record Choice(String code, BilingualText label) {}
}
