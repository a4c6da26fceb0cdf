// The live boards benchmark's client, run with the JDK 25 source launcher (java Client.java ..., no build): opens
// N Server-Sent Events connections on one incident's board (virtual threads, java.net.http), then makes K changes
// (offers) through the API at a steady pace, recording when each was sent and answered and which revision it made;
// every connection records when it saw each revision. Prints p50/p99 of (seen - answered) and of (seen - sent) per
// change over all connections, the connections that missed an event, and the server JVM's resident memory
// (/proc/<pid>/status VmRSS) before and after the N connections are open. Last line:
// RESULT p50 p99 sentP50 sentP99 missed rssBeforeKiB rssAfterKiB perConnectionKiB opened
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

public class Client {

  record Change(long sent, long answered, long revision) {}

  /** One board: the first time it saw each revision (System.nanoTime). */
  static final class Board {
    final ConcurrentSkipListMap<Long, Long> seen = new ConcurrentSkipListMap<>();
  }

  public static void main(String[] args) throws Exception {
    var options = new HashMap<String, String>();
    for (var i = 0; i + 1 < args.length; i += 2) options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    var base = options.get("base");
    var token = options.get("token");
    var incident = options.get("incident");
    var connections = Integer.parseInt(options.getOrDefault("connections", "1000"));
    var changes = Integer.parseInt(options.getOrDefault("changes", "50"));
    var pace = Long.parseLong(options.getOrDefault("pace", "200"));
    var pid = options.get("pid");

    var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
        .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    var rssBefore = rss(pid);
    System.out.printf("server RSS before: %d KiB%n", rssBefore);

    // open the boards, at most 32 being opened at once (each is a short request until its first event); a 503
    // (load shedding or the streams' limit) is retried
    var boards = new ArrayList<Board>();
    var opening = new Semaphore(32);
    var opened = new CountDownLatch(connections);
    var failed = new AtomicInteger();
    var started = System.nanoTime();
    for (var i = 0; i < connections; i++) {
      var board = new Board();
      boards.add(board);
      Thread.ofVirtual().start(() -> watch(http, base, token, incident, board, opening, opened, failed));
    }
    if (!opened.await(300, TimeUnit.SECONDS)) {
      System.out.printf("only %d of %d boards opened in 300 s%n", connections - opened.getCount(), connections);
    }
    var open = (int) (connections - opened.getCount()) - failed.get();
    System.out.printf("%d boards open in %.1f s (%d failed)%n", open, (System.nanoTime() - started) / 1e9, failed.get());
    Thread.sleep(2000); // let the server settle before reading its memory
    var rssAfter = rss(pid);
    var perConnection = open > 0 ? (rssAfter - rssBefore) / (double) open : 0;
    System.out.printf("server RSS with the boards open: %d KiB (%.1f KiB per connection)%n", rssAfter, perConnection);

    // the writer: K offers at a steady pace, each answer's time and the revision it made
    var made = new ArrayList<Change>();
    var offer = """
        {"needLine":1,"quantity":1,"deliveryMode":"AIR","expectedArrival":"%s","conditions":"benchmark"}"""
        .formatted(LocalDate.now().plusDays(3));
    var next = System.nanoTime();
    for (var k = 0; k < changes; k++) {
      var now = System.nanoTime();
      if (next > now) Thread.sleep(Duration.ofNanos(next - now));
      next += TimeUnit.MILLISECONDS.toNanos(pace);
      var sent = System.nanoTime();
      var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/emergencies/" + incident + "/offers"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(offer)).build(), HttpResponse.BodyHandlers.ofString());
      var answered = System.nanoTime();
      if (answer.statusCode() != 201) throw new IllegalStateException("offer answered " + answer.statusCode() + ": " + answer.body());
      made.add(new Change(sent, answered, revision(http, base, token, incident)));
    }
    var last = made.getLast().revision();
    var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline && boards.stream().anyMatch(b -> b.seen.ceilingKey(last) == null)) Thread.sleep(50);

    var fromAnswer = new ArrayList<Double>();
    var fromSent = new ArrayList<Double>();
    var missed = 0;
    var boardsMissing = 0;
    for (var board : boards) {
      if (board.seen.isEmpty()) continue; // never opened: counted above
      var missing = false;
      for (var change : made) {
        var first = board.seen.ceilingEntry(change.revision());
        if (first == null) {
          missed++;
          missing = true;
          continue;
        }
        fromAnswer.add((first.getValue() - change.answered()) / 1e6);
        fromSent.add((first.getValue() - change.sent()) / 1e6);
      }
      if (missing) boardsMissing++;
    }
    fromAnswer.sort(null);
    fromSent.sort(null);
    System.out.printf("%d changes x %d boards: answer to board p50 %.1f ms, p99 %.1f ms, max %.1f ms; send to board p50 %.1f ms, p99 %.1f ms%n",
        made.size(), open, pct(fromAnswer, 50), pct(fromAnswer, 99), fromAnswer.isEmpty() ? 0 : fromAnswer.getLast(),
        pct(fromSent, 50), pct(fromSent, 99));
    System.out.printf("missed events: %d (on %d connections)%n", missed, boardsMissing);
    System.out.printf(java.util.Locale.ROOT, "RESULT %.1f %.1f %.1f %.1f %d %d %d %.1f %d%n", pct(fromAnswer, 50), pct(fromAnswer, 99),
        pct(fromSent, 50), pct(fromSent, 99), missed + (connections - open) * changes, rssBefore, rssAfter, perConnection, open);
    System.exit(0);
  }

  static void watch(HttpClient http, String base, String token, String incident, Board board, Semaphore opening,
      CountDownLatch opened, AtomicInteger failed) {
    var request = HttpRequest.newBuilder(URI.create(base + "/emergencies/" + incident + "/events"))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
    var counted = false;
    try {
      opening.acquire();
      var held = true;
      try {
        for (var attempt = 0; attempt < 100; attempt++) {
          var response = http.send(request, HttpResponse.BodyHandlers.ofLines());
          if (response.statusCode() == 503) {
            response.body().close();
            Thread.sleep(100 + attempt * 20L);
            continue;
          }
          if (response.statusCode() != 200) {
            System.out.println("a board answered " + response.statusCode());
            break;
          }
          var lines = response.body().iterator();
          while (lines.hasNext()) {
            var line = lines.next();
            if (line.startsWith("id:")) {
              board.seen.putIfAbsent(Long.parseLong(line.substring(3).strip()), System.nanoTime());
              if (!counted) {
                counted = true;
                opened.countDown();
                opening.release();
                held = false;
              }
            }
          }
          return;
        }
      } finally {
        if (held) opening.release();
      }
    } catch (IOException | RuntimeException e) {
      if (!counted) System.out.println("a board failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!counted) {
      failed.incrementAndGet();
      opened.countDown();
    }
  }

  static long revision(HttpClient http, String base, String token, String incident) throws IOException, InterruptedException {
    var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/emergencies/" + incident + "/revision"))
        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    var m = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)").matcher(answer.body());
    if (!m.find()) throw new IllegalStateException("no revision in " + answer.body());
    return Long.parseLong(m.group(1));
  }

  static long rss(String pid) throws IOException {
    for (var line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
    }
    return -1;
  }

  static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) return 0;
    var index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
