package org.entente.science.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.science.Application;
import org.entente.science.ApplicationStatus;
import org.entente.science.PanelMember;
import org.entente.science.Review;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * An application as the reader may see it: its moves, and — for staff — the reviews and the panel members who could
 * be assigned; for a reviewer, their own review (and the others' once theirs is submitted). Applicants get no review.
 */
public record ApplicationView(Application application, Set<ApplicationStatus> next, boolean staff, @Nullable Review myReview,
    List<Review> reviews, List<PanelMember> assignable, List<org.entente.science.ProgressReport> reports, boolean mayReport, Map<String, Violation> errors, Map<String, String> typed,
    @Nullable String problem, @Nullable List<Object> problemArguments, org.entente.science.@Nullable Grant grant) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
