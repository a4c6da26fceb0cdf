package org.entente.science;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.Http;
import org.entente.database.SystemWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's team and PDF attachments through the real API on PostgreSQL: kept by a co-director while the
 * application is being completed (staff 403, an outsider 404, after screening 409); only real PDFs kept (the
 * signature and PDFBox), the size limit answered 413 as problem+json; downloads with the PDF type and the file's name;
 * every change and every download audited; read by whoever reads the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScienceTeamIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  private static List<String> invalid(Http.Response response) {
    var names = new ArrayList<String>();
    response.json().get("invalid-params").forEach(p -> names.add(p.get("name").asString()));
    return names;
  }

  private long audited(String action, String id) {
    return SystemWork.run("test", () -> transactions.execute(s -> jdbc.sql(
        "select count(*) from audit_record where action = :a and entity_id = :id").param("a", action).param("id", id).query(Long.class).single()));
  }

  @Test
  void aCoDirectorKeepsTheTeamUntilScreening() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Team call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var outsider = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Team application", "NLD", ally, "GEO", partner);
    var path = "/api/v1/science/applications/" + id + "/team";

    var nino = sps.teamMember(id, "Dr Nino Beridze", "geo", partner);
    assertThat(nino.get("nation").asString()).isEqualTo("GEO");
    sps.teamMember(id, "Dr Jan de Vries", "NLD", ally);
    assertThat(sps.expect(200, "GET", path, null, sps.staff).get("total").asInt()).isEqualTo(2);
    assertThat(sps.expect(200, "GET", path, null, ally).get("items").get(0).get("name").asString()).isEqualTo("Dr Nino Beridze");

    // need to know: an outsider neither reads nor adds (404, as if absent); staff read but do not keep it (403)
    assertThat(sps.send("GET", path, null, outsider).status()).isEqualTo(404);
    assertThat(sps.send("POST", path, Map.of("name", "X", "role", "Y", "organisation", "Z", "nation", "GEO"), outsider).status()).isEqualTo(404);
    assertThat(sps.send("POST", path, Map.of("name", "X", "role", "Y", "organisation", "Z", "nation", "GEO"), sps.staff).status()).isEqualTo(403);

    // bad input named field by field
    var bad = sps.send("POST", path, Map.of("name", " ", "role", "r".repeat(201), "nation", "ZZZ"), partner);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(invalid(bad)).containsExactlyInAnyOrder("name", "role", "organisation", "nation");
    assertThat(sps.send("POST", path, Map.of("name", "X", "role", "Y", "organisation", "Z", "nation", "IS"), partner).status())
        .as("an Alliance body is not a nation").isEqualTo(400);

    // removed by a co-director; a second removal finds nothing
    var member = nino.get("id").asString();
    assertThat(sps.send("DELETE", path + "/" + member, null, ally).status()).isEqualTo(204);
    assertThat(sps.send("DELETE", path + "/" + member, null, ally).status()).isEqualTo(404);
    assertThat(sps.expect(200, "GET", path, null, partner).get("total").asInt()).isEqualTo(1);
    assertThat(audited("SCIENCE_TEAM_MEMBER_ADDED", id)).isEqualTo(2);
    assertThat(audited("SCIENCE_TEAM_MEMBER_REMOVED", id)).isEqualTo(1);

    // once staff have screened it, the team is settled: 409, and the database refuses too
    sps.move(id, "ELIGIBLE", "Serves cyber defence.", sps.staff);
    var late = sps.send("POST", path, Map.of("name", "Late", "role", "Y", "organisation", "Z", "nation", "GEO"), partner);
    assertThat(late.status()).isEqualTo(409);
    var remaining = sps.expect(200, "GET", path, null, partner).get("items").get(0).get("id").asString();
    assertThat(sps.send("DELETE", path + "/" + remaining, null, partner).status()).isEqualTo(409);
    assertThat(sps.attach(id, "late.pdf", Sps.pdf(1, "late"), partner).status()).isEqualTo(409);

    // a reviewer assigned to it reads the team
    var reviewer = sps.reviewer("NOR");
    sps.move(id, "PANEL_REVIEW", null, sps.staff);
    assertThat(sps.assign(id, reviewer).status()).isEqualTo(200);
    assertThat(sps.expect(200, "GET", path, null, reviewer).get("total").asInt()).isEqualTo(1);
  }

  @Test
  void onlyRealPdfsUpToTheLimitAreKeptAndDownloadedAsPdf() {
    var sps = new Sps(new Http(port));
    var call = sps.call("Attachment call");
    var ally = sps.accounts.create("NLD:PARTICIPANT");
    var partner = sps.accounts.create("GEO:PARTICIPANT");
    var outsider = sps.accounts.create("GEO:PARTICIPANT");
    var id = sps.apply(call, "Attachment application", "NLD", ally, "GEO", partner);
    var path = "/api/v1/science/applications/" + id + "/attachments";

    var created = sps.attach(id, "../../Project description é.pdf", Sps.pdf(2, "Project description"), partner);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    var attachment = created.json();
    assertThat(attachment.get("pages").asInt()).isEqualTo(2);
    assertThat(attachment.get("filename").asString()).isEqualTo("Project description é.pdf");
    assertThat(created.header("Location")).endsWith(path + "/" + attachment.get("id").asString());

    var download = sps.send("GET", path + "/" + attachment.get("id").asString(), null, ally);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''Project%20description%20%C3%A9.pdf");
    assertThat(download.body()).startsWith("%PDF-");
    assertThat(sps.expect(200, "GET", path, null, sps.staff).get("total").asInt()).isEqualTo(1);

    // not a PDF: a text file, a fake signature that PDFBox cannot open, an empty file; each 400 naming the file
    for (var content : List.of("Just words".getBytes(StandardCharsets.UTF_8), "%PDF-1.7\n% nothing else\n%%EOF\n".getBytes(StandardCharsets.UTF_8),
        new byte[0])) {
      var refused = sps.attach(id, "x.pdf", content, partner);
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(invalid(refused)).containsExactly("file");
    }
    // over the limit: 413 problem+json naming the limit, never a 5xx
    var big = new byte[ScienceAttachments.MAX_BYTES + 1];
    System.arraycopy(Sps.pdf(1, "big"), 0, big, 0, 100);
    var tooLarge = sps.attach(id, "big.pdf", big, partner);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
    assertThat(tooLarge.json().get("detail").asString()).contains("10");

    // need to know: the outsider sees neither the list nor the file; staff may read but not add (403)
    assertThat(sps.send("GET", path, null, outsider).status()).isEqualTo(404);
    assertThat(sps.send("GET", path + "/" + attachment.get("id").asString(), null, outsider).status()).isEqualTo(404);
    assertThat(sps.attach(id, "staff.pdf", Sps.pdf(1, "staff"), sps.staff).status()).isEqualTo(403);
    assertThat(sps.attach(id, "outsider.pdf", Sps.pdf(1, "outsider"), outsider).status()).isEqualTo(404);
    assertThat(sps.expect(200, "GET", path, null, partner).get("total").asInt()).isEqualTo(1);

    assertThat(audited("SCIENCE_ATTACHMENT_ADDED", id)).isEqualTo(1);
    assertThat(audited("SCIENCE_ATTACHMENT_READ", id)).isEqualTo(1);
  }
}
