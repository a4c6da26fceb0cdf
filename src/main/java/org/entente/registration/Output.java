package org.entente.registration;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly output in figures of a set of events, for the modules that run events through registration (a DEEP
 * programme's menu events, a training centre's activities): events, participants who attended, how many nations they
 * came from, and the mean feedback from three answers. Figures only, never a nation's name or a person: the caller
 * has already shown it may read the programme or centre they describe (a training centre's output is public).
 */
@Service
public class Output {

  private final JdbcClient jdbc;

  Output(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One year's figures.
   *
   * @param meanFeedback the mean of the three marks (1–5), or null below three answers
   */
  public record Year(int year, int events, int attended, int nations, int feedbackAnswers, @Nullable BigDecimal meanFeedback) {}

  /** The figures of these events, per year of their start, between two years. */
  @Transactional(readOnly = true)
  public List<Year> ofEvents(Collection<UUID> events, int fromYear, int toYear) {
    return events.isEmpty() ? List.of() : query(events.toArray(UUID[]::new), new String[0], fromYear, toYear);
  }

  /** The figures of the events of these providers' activities, per year of their start, between two years. */
  @Transactional(readOnly = true)
  public List<Year> ofProviders(Collection<String> providers, int fromYear, int toYear) {
    return providers.isEmpty() ? List.of() : query(new UUID[0], providers.toArray(String[]::new), fromYear, toYear);
  }

  private List<Year> query(UUID[] events, String[] providers, int fromYear, int toYear) {
    return jdbc.sql("select * from registration_output(:events, :providers, :from, :to)")
        .param("events", events).param("providers", providers).param("from", fromYear).param("to", toYear)
        .query((rs, n) -> new Year(rs.getInt("year"), rs.getInt("events"), rs.getInt("attended"), rs.getInt("nations"), rs.getInt("answers"),
            rs.getBigDecimal("mean")))
        .list();
  }
}
