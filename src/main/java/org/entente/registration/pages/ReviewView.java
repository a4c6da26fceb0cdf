package org.entente.registration.pages;

import java.util.List;
import org.entente.catalogue.AnnualReview;
import org.entente.registration.Attendance;
import org.jspecify.annotations.Nullable;

/** The staff's review screen: each activity's figures for the year, weakest first, beside its decision. */
public record ReviewView(int year, List<Line> lines, EventRegistrationView.@Nullable Problem problem, @Nullable String done) {

  /** An activity's figures and the review's decision, if taken. */
  public record Line(Attendance.Figures figures, @Nullable String title, AnnualReview.@Nullable Decision decision) {}
}
