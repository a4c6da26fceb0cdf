package org.entente.registration.pages;

import java.util.List;
import org.entente.catalogue.AnnualReview;
import org.entente.registration.Attendance;
import org.jspecify.annotations.Nullable;

/** The staff's review screen: each activity's figures for the year, weakest first, beside its decision. */
public record ReviewView(int year, List<Line> lines, EventRegistrationView.@Nullable Problem problem, @Nullable String done) {

  /** 0.666… as "67 %" (French "67 %" too: the reader's number format is not needed for whole percentages). */
  public static String percent(@Nullable Double rate) {
    return rate == null ? "–" : Math.round(rate * 100) + " %";
  }

  /** A rate as a whole percentage for the chart. */
  public static String percentValue(@Nullable Double rate) {
    return rate == null ? "" : String.valueOf(Math.round(rate * 100));
  }

  /** A mark out of 5 with one decimal in the reader's language ("4.2", "4,2"). */
  public static String mark(@Nullable Double value, org.entente.languages.Language language) {
    return value == null ? "–" : String.format(language.locale(), "%.1f", value);
  }

  public static String markValue(@Nullable Double value) {
    return value == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  /** Nominations per seat with one decimal in the reader's language. */
  public static String ratio(double value, org.entente.languages.Language language) {
    return String.format(language.locale(), "%.1f", value);
  }

  /** An activity's figures and the review's decision, if taken. */
  public record Line(Attendance.Figures figures, @Nullable String title, AnnualReview.@Nullable Decision decision) {}
}
