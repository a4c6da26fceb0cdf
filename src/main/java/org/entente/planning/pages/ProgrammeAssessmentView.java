package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.languages.BilingualText;
import org.entente.planning.ProgrammeAssessment;
import org.entente.planning.ProgrammeAssessmentStatus;
import org.entente.planning.ProgrammeAssessments;
import org.entente.planning.Rating;
import org.entente.programmes.Programme;
import org.entente.programmes.Progress;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A programme's yearly assessments: the ratings over the years (chart and table), planned against attended, each
 * year's assessment with its ratings, moves and comments, and the forms the reader may use.
 *
 * @param years the years of the programme not yet assessed, which staff may open
 * @param chartYears the years that have an assessment, the chart's series
 */
public record ProgrammeAssessmentView(Programme programme, BilingualText title, List<ProgrammeAssessments.Item> items, List<Year> assessments,
    Map<String, Map<Integer, Rating.Progress>> history, List<Integer> chartYears, Progress progress, Map<String, BilingualText> areas, boolean staff, List<Integer> years,
    @Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed) {

  /** One year's assessment with what the reader may do with it. */
  public record Year(ProgrammeAssessment assessment, Set<ProgrammeAssessmentStatus> next, boolean mayRate, boolean mayComment,
      List<ProgrammeAssessment.Comment> comments) {}

  /** A refusal shown beside what it concerns: {@code where} names the section (e.g. "year-2026"). */
  public record Notice(String where, String key, List<Object> args) {}

  public boolean notice(String where) {
    return notice != null && notice.where().equals(where);
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  /** The chart's value of a rating: 3 achieved, 2 substantial, 1 limited, 0 none. */
  public static int score(Rating.Progress progress) {
    return switch (progress) {
      case ACHIEVED -> 3;
      case SUBSTANTIAL -> 2;
      case LIMITED -> 1;
      case NONE -> 0;
    };
  }

  public List<Rating.Progress> progresses() {
    return List.of(Rating.Progress.values());
  }

  /** A priority area's name in the reader's language (its code when the directory has none). */
  public String area(String code, org.entente.languages.Language language) {
    var name = areas.get(code);
    return name == null ? code : name.text(language);
  }

  public ProgrammeAssessments.@Nullable Item item(String key) {
    return items.stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
  }
}
