package org.entente.science.pages;

import java.util.List;
import java.util.Map;
import org.entente.science.Application;
import org.entente.science.PanelMember;
import org.entente.science.Review;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A multi-year project's planning grant and full plan with its second review: for staff the plan's reviewers and
 * who could be assigned; for a reviewer of the plan their own review (the others' once theirs is submitted).
 */
public record PlanView(Application application, boolean staff, @Nullable Review myReview, List<Review> reviews, List<PanelMember> assignable,
    Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> problemArguments) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public @Nullable Violation error(String field) {
    return errors.get(field);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }
}
