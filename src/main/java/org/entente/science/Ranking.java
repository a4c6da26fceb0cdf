package org.entente.science;

import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A call's applications under review, ranked by the mean of their reviews' weighted scores; the spread (highest
 * minus lowest) shows staff where the reviewers disagree.
 */
public record Ranking(String call, List<Row> rows) {

  public Ranking {
    rows = List.copyOf(rows);
  }

  public record Row(int rank, UUID application, String code, BilingualText title, Mechanism mechanism, ApplicationStatus status,
      int reviews, int submitted, @Nullable Double mean, @Nullable Double spread, List<Double> scores) {
    public Row {
      scores = List.copyOf(scores);
    }
  }
}
