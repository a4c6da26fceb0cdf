package org.entente.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every row of the engagement reference files is well formed, dated and carries its public source and grade. */
class EngagementReferenceTest {

  private static final Map<String, int[]> FILES = Map.of(
      // columns, index of from, index of to, index of source, index of evidence
      "operations.csv", new int[] {8, 4, 5, 6, 7},
      "contributions.csv", new int[] {8, 2, 3, 6, 7},
      "statuses.csv", new int[] {6, 2, 3, 4, 5});

  @Test
  void everyRowIsDatedSourcedAndGraded() throws IOException {
    for (var file : FILES.entrySet()) {
      String content;
      try (var in = new ClassPathResource("reference/engagement/" + file.getKey()).getInputStream()) {
        content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      var rows = EngagementReference.rows(content);
      assertThat(rows).as(file.getKey()).isNotEmpty();
      var c = file.getValue();
      for (var row : rows) {
        var where = file.getKey() + " " + row;
        assertThat(row).as(where).hasSize(c[0]);
        var from = LocalDate.parse(row.get(c[1]));
        if (!row.get(c[2]).isEmpty()) assertThat(LocalDate.parse(row.get(c[2]))).as(where).isAfter(from);
        for (var url : row.get(c[3]).split(" ")) assertThat(url).as(where).startsWith("https://");
        assertThat(row.get(c[4])).as(where).isIn("D", "I", "U");
      }
    }
  }
}
