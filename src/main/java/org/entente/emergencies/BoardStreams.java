package org.entente.emergencies;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiPredicate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live boards' event streams (Server-Sent Events) fed by PostgreSQL {@code LISTEN/NOTIFY}. Every new revision
 * of an incident is announced by the database at commit on the channel {@code emergencies_board} (migration V76),
 * to every application instance; each instance keeps ONE dedicated connection listening (not one of the pool's),
 * read by a virtual thread, and fans each announcement out to the streams open on it: those of that incident's
 * board, and those of the board of all incidents whose reader may see that incident. An event carries only the
 * revision ({@code id:} and {@code data:}); the page then fetches its board fragment as before, where need-to-know
 * is checked again. A reconnecting client sends {@code Last-Event-ID} and is told at once of a newer revision. When
 * the listening connection fails, every stream is closed (its client reconnects and catches up) and the connection
 * is opened again. At most {@code entente.emergencies.max-streams} streams are open at once on an instance.
 */
@Component
public class BoardStreams implements SmartLifecycle {

  static final String CHANNEL = "emergencies_board";
  private static final Logger log = LoggerFactory.getLogger(BoardStreams.class);
  private static final Duration HEARTBEAT = Duration.ofSeconds(25);

  /** No place for one more stream on this instance. */
  public static final class Full extends RuntimeException {
    Full() {
      super("too many event streams", null, false, false);
    }
  }

  private final Emergencies emergencies;
  private final DataSource dataSource;
  private volatile int maxStreams;
  private final Duration timeout;
  private final ConcurrentHashMap<UUID, Set<Stream>> byIncident = new ConcurrentHashMap<>();
  private final Set<Stream> everything = ConcurrentHashMap.newKeySet();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger unfinished = new AtomicInteger(); // requests the container has not ended yet
  // made anew at each start: a stopped context can be started again (the test framework pauses cached contexts
  // between test classes), and a shut-down executor refuses every send
  private volatile ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private volatile boolean running;
  private volatile boolean listening;
  private volatile @Nullable Thread listener;
  private volatile @Nullable Connection connection;

  BoardStreams(Emergencies emergencies, DataSource dataSource,
      @Value("${entente.emergencies.max-streams:5000}") int maxStreams,
      @Value("${entente.emergencies.stream-timeout:30m}") Duration timeout,
      MeterRegistry meters) {
    this.emergencies = emergencies;
    this.dataSource = dataSource;
    this.maxStreams = maxStreams;
    this.timeout = timeout;
    meters.gauge("entente.emergencies.streams", open);
  }

  /** A stream of one incident's revisions; {@link org.entente.web.NotFound} when the caller may not see it. */
  public SseEmitter incident(UUID id, @Nullable String lastEventId) {
    emergencies.revision(id); // need-to-know first: a hidden incident is absent
    var stream = admit(null);
    byIncident.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(stream);
    stream.onClose(() -> byIncident.computeIfPresent(id, (k, set) -> {
      set.remove(stream);
      return set.isEmpty() ? null : set;
    }));
    // registered before reading: a change committed in between is sent twice at worst, never missed
    try {
      catchUp(stream, lastEventId, emergencies.revision(id));
    } catch (RuntimeException e) {
      stream.close(); // discarded in between: not a place held
      throw e;
    }
    return stream.emitter;
  }

  /** A stream of the revisions of every incident the caller may see (the board of all incidents). */
  public SseEmitter all(@Nullable String lastEventId) {
    var stream = admit(emergencies.boardWatch());
    everything.add(stream);
    stream.onClose(() -> everything.remove(stream));
    try {
      catchUp(stream, lastEventId, emergencies.latestRevision());
    } catch (RuntimeException e) {
      stream.close();
      throw e;
    }
    return stream.emitter;
  }

  /** Whether this instance is listening to the database now. */
  public boolean listening() {
    return listening;
  }

  /** How many streams are open on this instance. */
  public int open() {
    return open.get();
  }

  private Stream admit(@Nullable BiPredicate<String, IncidentStatus> watch) {
    if (open.incrementAndGet() > maxStreams) {
      open.decrementAndGet();
      throw new Full();
    }
    var stream = new Stream(new SseEmitter(timeout.toMillis()), watch);
    stream.onClose(open::decrementAndGet);
    unfinished.incrementAndGet();
    stream.emitter.onCompletion(() -> {
      unfinished.decrementAndGet();
      stream.close();
    });
    stream.emitter.onTimeout(stream::close);
    stream.emitter.onError(e -> stream.close());
    return stream;
  }

  private void catchUp(Stream stream, @Nullable String lastEventId, long current) {
    long seen = -1;
    if (lastEventId != null) {
      try {
        seen = Long.parseLong(lastEventId.strip());
      } catch (NumberFormatException e) {
        // a foreign id: tell the current revision
      }
    }
    if (current > seen) {
      stream.send(current, false);
    }
  }

  // --- the listening connection

  @Override
  public void start() {
    if (senders.isShutdown()) {
      senders = Executors.newVirtualThreadPerTaskExecutor();
    }
    running = true;
    listener = Thread.ofVirtual().name("emergencies-board-listener").start(this::listen);
  }

  @Override
  public void stop() {
    log.info("Closing the live boards: {} streams open, {} requests unfinished", open.get(), unfinished.get());
    running = false;
    var thread = listener;
    if (thread != null) {
      thread.interrupt();
    }
    closeConnection();
    closeAll();
    senders.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    var pause = Duration.ofMillis(500);
    var lastBeat = System.nanoTime();
    while (running) {
      try (var c = connect(); var statement = c.createStatement()) {
        connection = c;
        statement.execute("LISTEN " + CHANNEL);
        var pg = c.unwrap(PGConnection.class);
        listening = true;
        pause = Duration.ofMillis(500);
        log.info("Listening to {} for the live boards", CHANNEL);
        while (running) {
          var notifications = pg.getNotifications(1000);
          if (notifications != null) {
            for (var n : notifications) {
              dispatch(n.getParameter());
            }
          }
          if (System.nanoTime() - lastBeat > HEARTBEAT.toNanos()) {
            lastBeat = System.nanoTime();
            heartbeat();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          break;
        }
        log.warn("The live boards' listening connection failed ({}); closing the streams and listening again in {} ms",
            e.toString(), pause.toMillis());
      } finally {
        listening = false;
        connection = null;
      }
      if (!running) {
        break;
      }
      // what was announced while not listening is lost: the clients reconnect and catch up by Last-Event-ID
      closeAll();
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : pause.multipliedBy(2);
    }
  }

  private Connection connect() throws SQLException {
    if (dataSource.isWrapperFor(HikariDataSource.class)) {
      var pool = dataSource.unwrap(HikariDataSource.class);
      // a connection of its own: one of the pool's held for ever would be missed by the requests
      return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }
    return dataSource.getConnection();
  }

  private void closeConnection() {
    var c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  /** For tests: how many streams' requests the container has not ended (a stream whose reader left included). */
  int unfinished() {
    return unfinished.get();
  }

  /** For tests: how many streams may be open at once from now on. */
  void limit(int max) {
    maxStreams = max;
  }

  /** For tests: breaks the listening connection as a failure would. */
  void breakConnection() {
    closeConnection();
  }

  private void dispatch(String payload) {
    var parts = payload.split(" ");
    if (parts.length != 4) {
      log.warn("Unexpected announcement on {}: {}", CHANNEL, payload);
      return;
    }
    final UUID id;
    final long revision;
    final IncidentStatus status;
    try {
      id = UUID.fromString(parts[0]);
      revision = Long.parseLong(parts[1]);
      status = IncidentStatus.valueOf(parts[3]);
    } catch (IllegalArgumentException e) {
      log.warn("Unexpected announcement on {}: {}", CHANNEL, payload);
      return;
    }
    var nation = parts[2];
    var ofIncident = byIncident.get(id);
    if (ofIncident != null) {
      for (var stream : ofIncident) {
        senders.execute(() -> stream.send(revision, true));
      }
    }
    for (var stream : everything) {
      if (stream.watch != null && stream.watch.test(nation, status)) {
        senders.execute(() -> stream.send(revision, false));
      }
    }
  }

  private void heartbeat() {
    for (var set : byIncident.values()) {
      set.forEach(s -> senders.execute(s::beat));
    }
    everything.forEach(s -> senders.execute(s::beat));
  }

  private void closeAll() {
    for (var set : byIncident.values()) {
      set.forEach(Stream::end);
    }
    everything.forEach(Stream::end);
  }

  /** One open stream: its emitter, what its reader may hear of (the board of all incidents), what it was told. */
  private static final class Stream {
    final SseEmitter emitter;
    final @Nullable BiPredicate<String, IncidentStatus> watch;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final java.util.List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private long told = -1;

    Stream(SseEmitter emitter, @Nullable BiPredicate<String, IncidentStatus> watch) {
      this.emitter = emitter;
      this.watch = watch;
    }

    void onClose(Runnable action) {
      onClose.add(action);
    }

    void close() {
      if (closed.compareAndSet(false, true)) {
        onClose.forEach(Runnable::run);
      }
    }

    /** Tells this revision; on an incident's stream only a newer one than told (its revisions commit in order). */
    void send(long revision, boolean newerOnly) {
      if (closed.get()) {
        return;
      }
      lock.lock();
      try {
        if (newerOnly && revision <= told) {
          return;
        }
        emitter.send(SseEmitter.event().id(Long.toString(revision)).data(Long.toString(revision)));
        told = Math.max(told, revision);
      } catch (IOException | IllegalStateException e) {
        emitter.completeWithError(e);
        close();
      } finally {
        lock.unlock();
      }
    }

    /** Ends the stream (its reader reconnects); one that cannot be ended must not keep the others open. */
    void end() {
      try {
        emitter.complete();
      } catch (RuntimeException e) {
        close();
      }
    }

    void beat() {
      if (closed.get()) {
        return;
      }
      lock.lock();
      try {
        emitter.send(SseEmitter.event().comment(""));
      } catch (IOException | IllegalStateException e) {
        emitter.completeWithError(e);
        close();
      } finally {
        lock.unlock();
      }
    }
  }
}
