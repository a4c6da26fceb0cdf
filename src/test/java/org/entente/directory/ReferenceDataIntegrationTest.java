package org.entente.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference files land whole and once: a second load with unchanged files writes nothing. */
@SpringBootTest
class ReferenceDataIntegrationTest {

  @Autowired ReferenceData referenceData;
  @Autowired JdbcClient jdbc;

  private static int rowsIn(String file) throws IOException {
    try (var parser =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(), StandardCharsets.UTF_8))) {
      return parser.getRecords().size();
    }
  }

  private int rowsOf(String table) {
    return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
  }

  @Test
  void everyRowOfEveryFileIsLoaded() throws IOException {
    assertThat(rowsOf("directory_organisation")).isEqualTo(rowsIn("organisations.csv"));
    assertThat(rowsOf("directory_framework")).isEqualTo(rowsIn("frameworks.csv"));
    assertThat(rowsOf("directory_membership")).isEqualTo(rowsIn("memberships.csv"));
    assertThat(rowsOf("directory_former_name")).isEqualTo(rowsIn("organisation-names.csv"));
    assertThat(rowsOf("directory_area_of_cooperation")).isEqualTo(rowsIn("areas-of-cooperation.csv"));
    assertThat(rowsOf("directory_reference_file")).isEqualTo(7);
  }

  @Test
  void everyRowNamesItsPublicSource() {
    assertThat(
            jdbc.sql("select count(*) from directory_organisation where source !~ '^https?://'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aSecondLoadOfUnchangedFilesWritesNothing() {
    var before = jdbc.sql("select string_agg(name || loaded_at, ',' order by name) from directory_reference_file")
        .query(String.class).single();
    assertThat(referenceData.load()).isEmpty();
    var after = jdbc.sql("select string_agg(name || loaded_at, ',' order by name) from directory_reference_file")
        .query(String.class).single();
    assertThat(after).isEqualTo(before);
  }
}
