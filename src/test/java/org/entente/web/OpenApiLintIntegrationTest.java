package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document passes Redocly's {@code recommended} ruleset with no error and no warning, as
 * integrators' tools will read it. Redocly CLI (npm, pinned) is installed into {@code target/redocly} on first
 * use. Without npm the test is skipped on a developer's machine, but fails in CI ({@code CI=true}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiLintIntegrationTest {

  static final String REDOCLY = "@redocly/cli@2.77.0";
  static final Path HOME = Path.of("target", "redocly");

  @LocalServerPort int port;

  @Test
  void theServedDocumentPassesRedoclysRecommendedRules() throws Exception {
    var served = new Http(port).get("/api/v1/openapi.json");
    assertThat(served.status()).isEqualTo(200);
    var document = Path.of("target", "openapi", "served.json").toAbsolutePath();
    Files.createDirectories(document.getParent());
    Files.writeString(document, served.body());

    var cli = HOME.resolve("node_modules/.bin/redocly").toAbsolutePath();
    if (!Files.isExecutable(cli)) {
      if (!onPath("npm")) {
        // a failure everywhere, not a skip: an unlinted document proves nothing
        throw new AssertionError("npm is not installed, so the OpenAPI document cannot be linted: bash .ci/run installs it");
      }
      Files.createDirectories(HOME);
      var install = run(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", HOME.toAbsolutePath().toString(),
          REDOCLY), 600);
      assertThat(install.code()).as("npm install %s: %s", REDOCLY, install.output()).isZero();
    }
    var lint = run(List.of(cli.toString(), "lint", "--extends", "recommended", "--format", "json", document.toString()), 300);
    var json = lint.output().substring(Math.max(0, lint.output().indexOf('{')));
    var report = JsonMapper.builder().build().readTree(json);
    assertThat(report.path("problems").toString()).as("Redocly's problems").isEqualTo("[]");
    assertThat(report.path("totals").path("errors").asInt(-1)).isZero();
    assertThat(report.path("totals").path("warnings").asInt(-1)).isZero();
    assertThat(lint.code()).isZero();
  }

  private record Outcome(int code, String output) {}

  /** Runs a program, its standard output kept (standard error, e.g. Node's notices, discarded). */
  private static Outcome run(List<String> command, int seconds) throws IOException, InterruptedException {
    var log = Files.createTempFile("redocly", ".log");
    var process = new ProcessBuilder(new ArrayList<>(command))
        .redirectOutput(log.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
    }
    var output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Outcome(process.exitValue(), output);
  }

  private static boolean onPath(String program) {
    var path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (var dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
