package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.Accounts;
import org.entente.Http;
import org.entente.catalogue.Menu;
import org.entente.registration.Registrar;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing the API through the real stack (Tomcat, filters, security, Jackson, controllers, services,
 * PostgreSQL): every JSON body of the API, starting from a valid one and mutated by the fuzzer (a value
 * replaced by text, a number, a date, null, a list, an object; a field dropped; the whole body replaced), and
 * the query parameters of every list and export. Not one answer may be 5xx.
 *
 * <p>Without {@code JAZZER_FUZZ} the committed seeds run as a regression test; the build's {@code fuzz-api}
 * execution fuzzes for a bounded time and {@code bench/fuzz} longer. Sign-in throttling and lock-out are
 * raised so that the fuzzer's wrong passwords do not lock the accounts it acts as.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"entente.sign-in.lock-after=1000000", "entente.sign-in.throttle-after=1000000",
        "entente.load-shedding.max-in-flight=1000"})
class ApiFuzzIntegrationTest {

  static final AtomicLong inputs = new AtomicLong();
  static final AtomicLong serverErrors = new AtomicLong();
  static final JsonMapper json = JsonMapper.builder().build();
  static World world;

  @LocalServerPort int port;

  /** What the requests act on: made once, through the API, as the users of a real installation would. */
  record World(Http http, List<String[]> callers, List<Endpoint> bodies, List<Listed> lists) {}

  /** A request with a body: method, address, a valid body to start from. */
  record Endpoint(String method, String path, String body) {}

  /** A list or export and its query parameters. */
  record Listed(String path, List<String> parameters) {}

  @AfterAll
  static void report() {
    System.out.println("[fuzz] ApiFuzzIntegrationTest: " + inputs.get() + " inputs tried, " + serverErrors.get()
        + " answers >= 500");
  }

  private World world() {
    if (world != null) {
      return world;
    }
    var http = new Http(port);
    var accounts = new Accounts(http);
    var reg = new Registrar(http, "NSO");
    var coordinator = reg.coordinator("GEO");
    var provider = reg.menu.provider;
    var staff = reg.menu.staff;
    var secretariat = accounts.create("NAC:COUNCIL_SECRETARIAT");
    var adminToken = accounts.adminToken();
    var code = Menu.uniqueCode("NSO-FUZZ");
    reg.menu.publish(Menu.draft(code, "NSO"));
    var starts = LocalDate.now().plusMonths(2);
    var event = reg.menu.addEvent(code, starts, 20).get("id").asString();
    http.send("PUT", "/api/v1/events/" + event + "/invitation", "{\"opens\":\"" + LocalDate.now() + "\",\"closes\":\"" + starts + "\"}",
        "Content-Type", "application/json", "Authorization", "Bearer " + provider.token());
    var participant = reg.participant(coordinator, "Fuzz", "Tester");
    var nomination = reg.nominated(event, participant, coordinator).get("id").asString();
    var programme = new org.entente.programmes.Drafting(http, "JOR", 0);
    var created = programme.create("JOR", "IPCP", LocalDate.now().plusYears(1).withDayOfYear(1),
        org.entente.programmes.Drafting.content("FUZZ", List.of(code), LocalDate.now().plusYears(1).getYear()));
    var createdId = created.status() == 201 ? created.json().findValue("id") : null;
    var programmeId = createdId != null ? createdId.asString() : java.util.UUID.randomUUID().toString();
    var someone = accounts.create("JOR:PARTICIPANT");
    var draft = Menu.json.writeValueAsString(Menu.draft(code + "X", "NSO"));
    var bodies = List.of(
        new Endpoint("POST", "/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"not-the-password\"}"),
        new Endpoint("POST", "/api/v1/users", "{\"username\":\"fuzz-user\",\"password\":\"Quartz-lantern-ferry-93\",\"displayName\":\"F\","
            + "\"email\":\"f@example.org\",\"memberships\":[{\"organisation\":\"GEO\",\"role\":\"PARTICIPANT\"}]}"),
        new Endpoint("POST", "/api/v1/users/" + someone.id() + "/memberships", "{\"organisation\":\"JOR\",\"role\":\"NATIONAL_COORDINATOR\"}"),
        new Endpoint("POST", "/api/v1/activities", draft),
        new Endpoint("PUT", "/api/v1/activities/" + code, Menu.json.writeValueAsString(Menu.draft(code, "NSO"))),
        new Endpoint("POST", "/api/v1/activities/" + code + "/transitions", "{\"to\":\"WITHDRAWN\",\"reason\":\"r\"}"),
        new Endpoint("POST", "/api/v1/activities/" + code + "/events", "{\"startsOn\":\"2027-03-01\",\"endsOn\":\"2027-03-05\","
            + "\"city\":\"Oberammergau\",\"country\":\"DEU\",\"seats\":10,\"nominationsOpen\":\"2027-01-01\",\"nominationsClose\":\"2027-02-01\"}"),
        new Endpoint("POST", "/api/v1/activities/" + code + "/reviews", "{\"year\":2026,\"decision\":\"RETAIN\",\"reason\":\"kept\"}"),
        new Endpoint("POST", "/api/v1/participants", "{\"familyName\":\"B\",\"givenName\":\"N\",\"rank\":\"Major\",\"organisation\":\"MoD\","
            + "\"email\":\"n@example.ge\",\"languages\":[\"en\"],\"gender\":\"FEMALE\",\"listConsent\":true}"),
        new Endpoint("PUT", "/api/v1/events/" + event + "/invitation", "{\"opens\":\"2026-01-01\",\"closes\":\"2027-01-01\",\"nations\":[\"GEO\"],"
            + "\"nationQuota\":2,\"frameworkQuotas\":{\"EAPC_PFP\":5}}"),
        new Endpoint("POST", "/api/v1/events/" + event + "/nominations", "{\"participant\":\"" + participant + "\"}"),
        new Endpoint("POST", "/api/v1/nominations/" + nomination + "/transitions", "{\"to\":\"CONFIRMED\"}"),
        new Endpoint("POST", "/api/v1/nominations/" + nomination + "/feedback", "{\"relevance\":4,\"quality\":4,\"organisation\":4,\"comments\":\"ok\"}"),
        new Endpoint("PUT", "/api/v1/events/" + event + "/report", "{\"text\":{\"en\":\"Held.\",\"fr\":\"Tenu.\"}}"),
        new Endpoint("POST", "/api/v1/programmes", Menu.json.writeValueAsString(Map.of("partner", "GEO", "type", "IPCP",
            "startsOn", LocalDate.now().plusYears(1).withDayOfYear(1).toString(),
            "content", org.entente.programmes.Drafting.content("F", List.of(code), LocalDate.now().plusYears(1).getYear())))),
        new Endpoint("PUT", "/api/v1/programmes/" + programmeId, Menu.json.writeValueAsString(
            org.entente.programmes.Drafting.content("G", List.of(code), LocalDate.now().plusYears(1).getYear()))),
        new Endpoint("POST", "/api/v1/programmes/" + programmeId + "/transitions", "{\"to\":\"SUBMITTED\",\"comment\":\"c\"}"),
        new Endpoint("POST", "/api/v1/programmes/" + programmeId + "/comments", "{\"section\":\"general\",\"body\":\"b\"}"),
        new Endpoint("POST", "/api/v1/council/decisions", "{\"reference\":\"PO(2026)0001\",\"decidedOn\":\"2026-01-01\",\"subjectType\":\"OTHER\","
            + "\"concerns\":[\"GEO\"],\"outcome\":\"NOTED\",\"text\":{\"en\":\"t\",\"fr\":\"t\"}}"));
    var lists = List.of(
        new Listed("/api/v1/activities", List.of("q", "area", "priorityArea", "type", "provider", "language", "format", "eligibility",
            "eligibleFor", "month", "status", "sort", "page", "size")),
        new Listed("/api/v1/activities.csv", List.of("q", "area", "type", "provider", "language", "month", "status")),
        new Listed("/api/v1/activities.xlsx", List.of("q", "area", "type", "provider", "language", "month", "status")),
        new Listed("/api/v1/events", List.of("from", "to", "q", "area", "provider", "country", "page", "size")),
        new Listed("/api/v1/events.ics", List.of("from", "to", "q", "area", "provider")),
        new Listed("/api/v1/organisations", List.of("kind", "framework", "on")),
        new Listed("/api/v1/frameworks", List.of("on")),
        new Listed("/api/v1/users", List.of("organisation")),
        new Listed("/api/v1/pending-grants", List.of("user")),
        new Listed("/api/v1/participants", List.of("nation")),
        new Listed("/api/v1/programmes", List.of("partner", "status")),
        new Listed("/api/v1/council/decisions", List.of("subjectType", "subjectId", "status")),
        new Listed("/api/v1/audit", List.of("actor", "action", "entityType", "entityId", "from", "to", "page", "size")),
        new Listed("/api/v1/notifications", List.of("page", "size")),
        new Listed("/api/v1/activities/" + code + "/review", List.of("year")),
        new Listed("/menu", List.of("q", "area", "type", "format", "month", "page")));
    var callers = new ArrayList<String[]>();
    callers.add(new String[0]);
    for (var token : List.of(adminToken, coordinator.token(), provider.token(), staff.token(), secretariat.token())) {
      callers.add(new String[] {"Authorization", "Bearer " + token});
    }
    world = new World(http, callers, bodies, lists);
    return world;
  }

  @FuzzTest(maxDuration = "30s")
  void requests(FuzzedDataProvider data) {
    // the requests go to this test's own server, and it to its own database: not a forgery
    com.code_intelligence.jazzer.api.BugDetectors.allowNetworkConnections((host, port) -> "localhost".equals(host) || "127.0.0.1".equals(host));
    var world = world();
    inputs.incrementAndGet();
    var caller = world.callers().get(data.consumeInt(0, world.callers().size() - 1));
    Http.Response response;
    String described;
    if (data.consumeBoolean()) {
      var endpoint = world.bodies().get(data.consumeInt(0, world.bodies().size() - 1));
      var body = data.consumeInt(0, 9) == 0 ? data.consumeString(2_000) : mutated(endpoint.body(), data);
      var headers = new ArrayList<String>(List.of("Content-Type", "application/json"));
      headers.addAll(List.of(caller));
      described = endpoint.method() + " " + endpoint.path() + " " + body;
      response = world.http().send(endpoint.method(), endpoint.path(), body, headers.toArray(String[]::new));
    } else {
      var listed = world.lists().get(data.consumeInt(0, world.lists().size() - 1));
      var query = new StringBuilder();
      var count = data.consumeInt(0, 6);
      for (int i = 0; i < count; i++) {
        var name = data.consumeInt(0, 7) == 0 ? data.consumeString(20) : listed.parameters().get(data.consumeInt(0, listed.parameters().size() - 1));
        query.append(i == 0 ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
            .append(URLEncoder.encode(value(data), StandardCharsets.UTF_8));
      }
      described = "GET " + listed.path() + query;
      response = world.http().get(listed.path() + query, caller);
    }
    if (response.status() >= 500) {
      serverErrors.incrementAndGet();
    }
    assertThat(response.status()).as("%s → %s", described, response.body()).isLessThan(500);
  }

  /** A text, number, date, enumeration-like word or oddity for a parameter or field. */
  private static String value(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 7)) {
      case 0 -> String.valueOf(data.consumeLong());
      case 1 -> LocalDate.ofEpochDay(data.consumeLong(-1_000_000, 3_000_000)).toString();
      case 2 -> List.of("PUBLISHED", "RESIDENTIAL", "ALL_PARTNERS", "GEO", "NSO", "relevance", "2026-13", "-1", "0", "\u0000",
          "\ud800", "' or 1=1 --", "%", "_", "\\", "x".repeat(10_001)).get(data.consumeInt(0, 15));
      default -> data.consumeString(200);
    };
  }

  /** The valid body with a few of its values replaced, removed or added. */
  private static String mutated(String body, FuzzedDataProvider data) {
    JsonNode root = json.readTree(body);
    var changes = data.consumeInt(1, 4);
    for (int i = 0; i < changes; i++) {
      var containers = new ArrayList<JsonNode>();
      collect(root, containers);
      var container = containers.get(data.consumeInt(0, containers.size() - 1));
      var replacement = node(data);
      if (container instanceof ObjectNode object) {
        var names = new ArrayList<String>(object.propertyNames());
        if (names.isEmpty() || data.consumeInt(0, 5) == 0) {
          object.set(data.consumeBoolean() ? data.consumeString(20) : "extra", replacement);
        } else if (data.consumeInt(0, 5) == 0) {
          object.remove(names.get(data.consumeInt(0, names.size() - 1)));
        } else {
          object.set(names.get(data.consumeInt(0, names.size() - 1)), replacement);
        }
      } else if (container instanceof ArrayNode array) {
        if (array.isEmpty() || data.consumeBoolean()) {
          array.add(replacement);
        } else {
          array.set(data.consumeInt(0, array.size() - 1), replacement);
        }
      }
    }
    return json.writeValueAsString(root);
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainer()) {
      containers.add(node);
      for (var child : node) {
        collect(child, containers);
      }
    }
  }

  private static JsonNode node(FuzzedDataProvider data) {
    var nodes = JsonNodeFactory.instance;
    return switch (data.consumeInt(0, 9)) {
      case 0 -> nodes.nullNode();
      case 1 -> nodes.numberNode(data.consumeLong());
      case 2 -> nodes.numberNode(data.consumeDouble());
      case 3 -> nodes.booleanNode(data.consumeBoolean());
      case 4 -> nodes.arrayNode().add(nodes.stringNode(data.consumeString(50)));
      case 5 -> nodes.objectNode().put(data.consumeString(10), data.consumeString(50));
      case 6 -> nodes.numberNode(data.consumeInt());
      default -> nodes.stringNode(value(data));
    };
  }
}
