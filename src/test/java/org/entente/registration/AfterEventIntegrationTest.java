package org.entente.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the event: attendance issues a PDF certificate whose code anyone can check at /verify/{code}
 * (holder, activity, dates, nothing more); feedback only after attending, once; the provider sees it only in
 * aggregate and only from three answers; the post-activity report and the feedback are shared with the
 * nations that took part and with no other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AfterEventIntegrationTest {

  @LocalServerPort int port;

  @Test
  void certificatesFeedbackAndReport() throws Exception {
    var reg = new Registrar(new Http(port), "NSO");
    var georgia = reg.coordinator("GEO");
    var jordan = reg.coordinator("JOR");
    var egypt = reg.coordinator("EGY");
    var today = LocalDate.now();
    var event = reg.event(10, today);
    reg.openUntilStart(event, today);
    var provider = reg.menu.provider;
    var attended = new ArrayList<String>();
    for (var name : new String[] {"Gogua", "Meskhi", "Lortkipanidze"}) {
      var id = reg.nominated(event, reg.participant(georgia, name, "Tea"), georgia).get("id").asString();
      reg.move(id, "CONFIRMED", provider);
      assertThat(reg.move(id, "ATTENDED", provider).status()).isEqualTo(200);
      attended.add(id);
    }
    var absent = reg.nominated(event, reg.participant(jordan, "Zoubi", "Hani"), jordan).get("id").asString();
    reg.move(absent, "CONFIRMED", provider);
    reg.move(absent, "NO_SHOW", provider);

    // the certificate: a PDF with its code, which anyone can check
    var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nominations/"
        + attended.getFirst() + "/certificate")).header("Authorization", "Bearer " + georgia.token()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text;
    try (var document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text).contains("Tea Gogua", "Certificate of attendance");
    var code = text.replaceAll("(?s).*Code de vérification: ([A-Z0-9-]{14}).*", "$1");
    assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
    var verified = reg.http.get("/verify/" + code);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.body()).contains("Tea Gogua", today.getYear() + "").doesNotContain("tea.gogua@example.org").doesNotContain("GEO");
    assertThat(reg.http.get("/verify/AAAA-BBBB-CCCC").body()).contains("AAAA-BBBB-CCCC").doesNotContain("Gogua");
    assertThat(reg.http.get("/api/v1/nominations/" + absent + "/certificate", jordan.bearer()).status()).isEqualTo(404);
    assertThat(reg.http.get("/api/v1/nominations/" + attended.getFirst() + "/certificate", jordan.bearer()).status()).isEqualTo(404);

    // feedback: after attending only, once each; the provider sees figures only from three answers
    var noShowFeedback = reg.menu.post("/api/v1/nominations/" + absent + "/feedback",
        Map.of("relevance", 5, "quality", 5, "organisation", 5), jordan);
    assertThat(noShowFeedback.status()).isEqualTo(409);
    var wrong = reg.menu.post("/api/v1/nominations/" + attended.get(0) + "/feedback", Map.of("relevance", 9, "quality", 0), georgia);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("invalid-params").toString()).contains("relevance", "quality", "organisation");
    reg.menu.post("/api/v1/nominations/" + attended.get(0) + "/feedback",
        Map.of("relevance", 5, "quality", 4, "organisation", 3, "comments", "Excellent syndicate work"), georgia);
    reg.menu.post("/api/v1/nominations/" + attended.get(1) + "/feedback", Map.of("relevance", 4, "quality", 4, "organisation", 4), georgia);
    assertThat(reg.menu.post("/api/v1/nominations/" + attended.get(1) + "/feedback",
        Map.of("relevance", 1, "quality", 1, "organisation", 1), georgia).status()).as("once").isEqualTo(409);
    var two = reg.http.get("/api/v1/events/" + event + "/feedback", provider.bearer()).json();
    assertThat(two.get("answers").asInt()).isEqualTo(2);
    assertThat(two.get("relevance").isNull()).as("no figures from two answers").isTrue();
    assertThat(two.toString()).doesNotContain("syndicate");
    reg.menu.post("/api/v1/nominations/" + attended.get(2) + "/feedback", Map.of("relevance", 3, "quality", 4, "organisation", 5), georgia);
    var three = reg.http.get("/api/v1/events/" + event + "/feedback", provider.bearer()).json();
    assertThat(three.get("relevance").asDouble()).isEqualTo(4.0);
    assertThat(three.get("quality").asDouble()).isEqualTo(4.0);
    assertThat(three.get("comments").toString()).contains("syndicate");

    // the report, filed by the provider, shared with the nations that took part
    var report = reg.http.send("PUT", "/api/v1/events/" + event + "/report",
        Registrar.json(Map.of("text", Map.of("en", "Twelve syndicates; objectives met.", "fr", "Douze groupes ; objectifs atteints."))),
        "Content-Type", "application/json", "Authorization", "Bearer " + provider.token());
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(reg.http.get("/api/v1/events/" + event + "/report", georgia.bearer()).body()).contains("Twelve syndicates");
    assertThat(reg.http.get("/api/v1/events/" + event + "/report", jordan.bearer()).status()).as("Jordan's absentee took part").isEqualTo(200);
    assertThat(reg.http.get("/api/v1/events/" + event + "/feedback", jordan.bearer()).status()).isEqualTo(200);
    assertThat(reg.http.get("/api/v1/events/" + event + "/report", egypt.bearer()).status()).isEqualTo(404);
    assertThat(reg.http.get("/api/v1/events/" + event + "/feedback", egypt.bearer()).status()).isEqualTo(404);
  }
}
