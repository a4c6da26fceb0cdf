package org.entente.emergencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live boards' event streams as a browser's EventSource reads them (a signed-in reader's session, lines of
 * text/event-stream): a change made through the API in another request arrives as its new revision, on the
 * incident's stream and on the board of all incidents; a reconnecting reader (Last-Event-ID) is told at once of
 * what it missed; a reader of another nation gets 404 on a draft's stream and never hears of the draft on the board
 * of all incidents; an open stream is not a request in flight for load shedding; beyond the limit, 503; when the
 * listening connection breaks, the streams close and the instance listens again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardStreamsIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @LocalServerPort int port;
  @Autowired BoardStreams streams;
  @Autowired MeterRegistry meters;

  /** One open stream: the ids of the events seen, whether it ended. */
  private record Events(List<Long> ids, AtomicBoolean ended, HttpResponse<?> response) {}

  private Http signedIn(Accounts.Account account) {
    var browser = Http.withCookies(port);
    var login = browser.get("/login");
    browser.form("/login", Map.of("username", account.username(), "password", account.password(), "_csrf", Http.csrf(login.body())));
    assertThat(browser.cookie("ENTENTE_SESSION")).isNotNull();
    return browser;
  }

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpRequest streamRequest(Http reader, String path, String lastEventId) {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "text/event-stream")
        .header("Cookie", "ENTENTE_SESSION=" + reader.cookie("ENTENTE_SESSION"));
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    return request.GET().build();
  }

  private Events open(Http reader, String path, String lastEventId) throws IOException, InterruptedException {
    var response = client.send(streamRequest(reader, path, lastEventId), HttpResponse.BodyHandlers.ofLines());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    var ids = new CopyOnWriteArrayList<Long>();
    var ended = new AtomicBoolean();
    Thread.ofVirtual().start(() -> {
      try {
        response.body().forEach(line -> {
          if (line.startsWith("id:")) {
            ids.add(Long.parseLong(line.substring(3).strip()));
          }
        });
      } catch (RuntimeException e) {
        // closed
      } finally {
        ended.set(true);
      }
    });
    return new Events(ids, ended, response);
  }

  private long revision(Responders r, String incident) {
    return r.get("/api/v1/emergencies/" + incident + "/revision", r.centre).json().get("revision").asLong();
  }

  @Test
  void aReaderWhoLeavesEndsItsRequestAtTheNextEvent() throws Exception {
    await().atMost(WAIT).until(streams::listening);
    var r = new Responders(new Http(port));
    var georgia = r.coordinator("GEO");
    var incident = r.disseminated(Responders.request("Floods on the Kura", 50), georgia).get("id").asString();
    var reader = signedIn(georgia);
    var before = streams.unfinished();
    var response = client.send(streamRequest(reader, "/emergencies/" + incident + "/events", null), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(streams.unfinished()).isEqualTo(before + 1);
    response.body().close(); // the reader leaves (the page is closed)
    var netherlands = r.coordinator("NLD");
    // the next events find the reader gone: the request ends then, not at its timeout (nor holds a shutdown back)
    await().atMost(WAIT).until(() -> {
      r.offered(incident, 1, 1, "probe", netherlands);
      return streams.unfinished() == before;
    });
  }

  @Test
  void aChangeArrivesOnTheOpenBoardsAndAReconnectingReaderCatchesUp() throws Exception {
    await().atMost(WAIT).until(streams::listening);
    var r = new Responders(new Http(port));
    var georgia = r.coordinator("GEO");
    var netherlands = r.coordinator("NLD");
    var incident = r.disseminated(Responders.request("Floods on the Rioni", 100), georgia).get("id").asString();
    var reader = signedIn(netherlands);

    var board = open(reader, "/emergencies/" + incident + "/events", null);
    var all = open(reader, "/emergencies/events", null);
    var before = revision(r, incident);
    // told at once where the board stands
    await().atMost(WAIT).until(() -> board.ids().contains(before));
    await().atMost(WAIT).until(() -> !all.ids().isEmpty());

    // an open stream is not a request in flight: load shedding does not count it
    assertThat(streams.open()).isGreaterThanOrEqualTo(2);
    await().atMost(WAIT).until(() -> meters.get("entente.requests.in-flight").gauge().value() == 0.0);

    // a draft of another nation: its stream is absent for this reader, and the board of all incidents never tells of it
    var moldova = r.coordinator("MDA");
    var draft = r.filed(Responders.request("Fires near Chisinau", 5), moldova).get("id").asString();
    var hidden = client.send(streamRequest(reader, "/emergencies/" + draft + "/events", null), HttpResponse.BodyHandlers.ofString());
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    var draftRevision = r.get("/api/v1/emergencies/" + draft + "/revision", moldova).json().get("revision").asLong();

    // a change made through the API in another request arrives on both streams
    r.offered(incident, 1, 30, "By road", netherlands);
    var after = revision(r, incident);
    assertThat(after).isGreaterThan(before).isGreaterThan(draftRevision);
    await().atMost(WAIT).until(() -> board.ids().contains(after));
    await().atMost(WAIT).until(() -> all.ids().contains(after));
    assertThat(all.ids()).doesNotContain(draftRevision);
    assertThat(board.ids()).as("only newer revisions, in order").isSorted().doesNotHaveDuplicates();

    // a reconnecting reader sends the last id it saw and is told at once of the newer revision
    var again = open(reader, "/emergencies/" + incident + "/events", Long.toString(before));
    await().atMost(WAIT).until(() -> again.ids().contains(after));

    // beyond the limit: 503 with Retry-After, as problem+json
    streams.limit(streams.open());
    try {
      var refused = client.send(streamRequest(reader, "/emergencies/events", null), HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(refused.body()).contains("Too many live boards");
    } finally {
      streams.limit(5000);
    }

    // the listening connection breaks: the streams close (their readers reconnect) and the instance listens again
    streams.breakConnection();
    await().atMost(WAIT).until(() -> board.ended().get() && all.ended().get() && again.ended().get());
    await().atMost(WAIT).until(streams::listening);
    var resumed = open(reader, "/emergencies/" + incident + "/events", Long.toString(after));
    r.offered(incident, 1, 10, "By rail", netherlands);
    var latest = revision(r, incident);
    await().atMost(WAIT).until(() -> resumed.ids().contains(latest));
  }
}
