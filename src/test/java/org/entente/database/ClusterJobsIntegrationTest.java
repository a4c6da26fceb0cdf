package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two instances on one database (two {@link ClusterJobs} on its pool): while one runs a job the other skips its
 * turn, runs other jobs meanwhile, and runs the job once the first has finished.
 */
@SpringBootTest
class ClusterJobsIntegrationTest {

  @Autowired DataSource dataSource;

  @Test
  void oneInstanceAtATimePerJob() throws Exception {
    var first = new ClusterJobs(dataSource);
    var second = new ClusterJobs(dataSource);
    var started = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var runs = new AtomicInteger();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var running = pool.submit(() -> first.runAlone("reminders (test)", () -> {
        runs.incrementAndGet();
        started.countDown();
        await(release);
        return SystemWork.reason().orElse("");
      }));
      assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

      assertThat(second.runAlone("reminders (test)", () -> { runs.incrementAndGet(); })).as("held by the first").isFalse();
      assertThat(second.runAlone("calendar (test)", () -> { })).as("another job runs meanwhile").isTrue();

      release.countDown();
      assertThat(running.get(30, TimeUnit.SECONDS)).as("run as the system, named").isEqualTo("reminders (test)");
    }
    assertThat(second.runAlone("reminders (test)", () -> { runs.incrementAndGet(); })).as("free again").isTrue();
    assertThat(runs).hasValue(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
