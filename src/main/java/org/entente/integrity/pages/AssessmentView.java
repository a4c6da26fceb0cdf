package org.entente.integrity.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.integrity.Assessment;
import org.entente.integrity.IntegrityStatus;
import org.entente.integrity.Questionnaire;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One assessment as its reader may see it, with the forms of the caller's next moves.
 *
 * @param questionnaire the version issued to the nation (null before it is issued)
 * @param nation whether the caller speaks for the nation (answers, agrees)
 * @param staff whether the caller runs the peer review
 * @param section the section a refused form belongs to (its typed input and field messages are kept)
 */
public record AssessmentView(Assessment assessment, @Nullable Questionnaire questionnaire, Set<IntegrityStatus> next, boolean nation,
    boolean staff, @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice) {

  public boolean in(String name) {
    return name.equals(section);
  }

  public @Nullable Violation errorOf(String field) {
    return errors.get(field);
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String typed(String form, String field, @Nullable String value) {
    return in(form) ? typed.getOrDefault(field, "") : value == null ? "" : value;
  }

  /** The simple moves offered as buttons (the visit and the report have their own forms). */
  public List<IntegrityStatus> moves() {
    return next.stream().filter(s -> !(staff && s.withForm())).sorted().toList();
  }

  public boolean answering() {
    return nation && assessment.status() == IntegrityStatus.SAQ_ISSUED;
  }

  public boolean scheduling() {
    return staff && next.contains(IntegrityStatus.VISIT_SCHEDULED);
  }

  public boolean reporting() {
    return staff && next.contains(IntegrityStatus.REPORT_DRAFT);
  }

  public boolean planning() {
    return staff && assessment.status().planning();
  }

  public boolean hasReport() {
    return assessment.report().en() != null || assessment.report().fr() != null;
  }

  /** Rows of the team form: the team as it is, or five empty rows (a lead and four experts). */
  public int teamRows() {
    return 5;
  }

  public String member(int row, String field) {
    var key = "team-" + row + "-" + field;
    if (in("visit")) return typed.getOrDefault(key, "");
    if (row >= assessment.team().size()) return "";
    var m = assessment.team().get(row);
    return switch (field) {
      case "name" -> m.name();
      case "organisation" -> m.organisation();
      case "account" -> m.account() == null ? "" : m.account();
      default -> "";
    };
  }
}
