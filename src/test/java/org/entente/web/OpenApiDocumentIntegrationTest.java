package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Set;
import java.util.TreeSet;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document is valid OpenAPI 3.1 and describes exactly the API the controllers serve. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIntegrationTest {

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void isValidOpenApi31() {
    var response = new Http(port).get("/api/v1/openapi.json");
    assertThat(response.status()).isEqualTo(200);
    var options = new ParseOptions();
    options.setResolve(true);
    var result = new OpenAPIV3Parser().readContents(response.body(), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    // every reference resolves
    assertThat(response.body()).contains("\"#/components/schemas/Organisation\"");
    result.getOpenAPI().getPaths().forEach((path, item) ->
        item.readOperations().forEach(op -> assertThat(op.getResponses()).as(path).isNotEmpty()));
  }

  /**
   * The rules integrators rely on, for every module's file: each operation tagged with a declared tag; each
   * request and response body has an example and a named schema (no inline object); each 201 says Location;
   * each operation documents 401 and 503; a paged list takes the shared page and size parameters.
   */
  @Test
  void followsTheContractRules() {
    var document = new Http(port).get("/api/v1/openapi.json").json();
    var tags = new java.util.HashSet<String>();
    document.get("tags").forEach(t -> tags.add(t.get("name").asString()));
    var broken = new java.util.ArrayList<String>();
    document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
      if (!java.util.Set.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
        return;
      }
      var op = entry.getValue();
      var name = entry.getKey().toUpperCase() + " " + path.getKey();
      if (op.path("tags").isEmpty() || !tags.contains(op.path("tags").get(0).asString())) {
        broken.add(name + ": no declared tag");
      }
      var body = resolve(document, op.path("requestBody"));
      body.path("content").properties().forEach(media -> checkBody(document, name + " request " + media.getKey(), media.getValue(), broken));
      op.path("responses").properties().forEach(answer -> {
        var response = resolve(document, answer.getValue());
        response.path("content").properties().forEach(media ->
            checkBody(document, name + " " + answer.getKey() + " " + media.getKey(), media.getValue(), broken));
        if (answer.getKey().equals("201") && !response.path("headers").has("Location")) {
          broken.add(name + ": 201 without Location");
        }
        var schema = resolve(document, response.path("content").path("application/json").path("schema"));
        if (schema.path("properties").has("page") && schema.path("properties").has("items")) {
          var parameters = op.path("parameters").toString() + path.getValue().path("parameters");
          if (!parameters.contains("#/components/parameters/Page")) {
            broken.add(name + ": a paged list without the Page parameter");
          }
        }
      });
      for (var status : java.util.List.of("401", "503")) {
        if (!op.path("responses").has(status)) {
          broken.add(name + ": no " + status);
        }
      }
    }));
    keysWithSpaces(document, "", broken);
    var stillOwing = new java.util.HashSet<String>();
    broken.removeIf(problem -> {
      var owing = NOT_YET.stream()
          .filter(prefix -> problem.matches("[A-Z]+ " + java.util.regex.Pattern.quote(prefix) + "([ :/.].*)?"))
          .filter(prefix -> OWED_RULES.stream().anyMatch(problem::contains))
          .findFirst();
      owing.ifPresent(stillOwing::add);
      return owing.isPresent();
    });
    assertThat(broken).isEmpty();
    assertThat(stillOwing).as("an operation listed in NOT_YET that follows the rules now: take it off the list")
        .containsExactlyInAnyOrderElementsOf(NOT_YET);
  }

  /**
   * Paths (prefixes) whose operations still owe examples, named schemas, Location on 201 or the shared Page
   * parameter (issue 12, item 9), so that such a debt is visible and shrinks: an entry that no longer owes anything
   * fails the test until it is removed. Empty since trust funds and consultations were brought to the rules; kept
   * so that a debt taken on knowingly is written down here rather than hidden.
   */
  private static final java.util.Set<String> NOT_YET = java.util.Set.of();

  private static final java.util.List<String> OWED_RULES =
      java.util.List.of(": no example", ": an inline object schema", ": 201 without Location", ": a paged list without the Page parameter");

  /** A key with a space is a YAML description cut at a comma inside braces ({@code { description: a, b }}). */
  private static void keysWithSpaces(tools.jackson.databind.JsonNode node, String where, java.util.List<String> broken) {
    if (node.isObject()) {
      node.properties().forEach(child -> {
        if (child.getKey().contains(" ")) {
          broken.add(where + ": a key '" + child.getKey() + "' (a description cut at a comma?)");
        }
        keysWithSpaces(child.getValue(), where + "/" + child.getKey(), broken);
      });
    } else if (node.isArray()) {
      node.forEach(child -> keysWithSpaces(child, where, broken));
    }
  }

  private static void checkBody(tools.jackson.databind.JsonNode document, String where, tools.jackson.databind.JsonNode media,
      java.util.List<String> broken) {
    if (!media.has("example") && !media.has("examples")) {
      broken.add(where + ": no example");
    }
    var schema = media.path("schema");
    if (schema.path("type").asString("").equals("object") && schema.has("properties")) {
      broken.add(where + ": an inline object schema (name it in components)");
    }
  }

  private static tools.jackson.databind.JsonNode resolve(tools.jackson.databind.JsonNode document, tools.jackson.databind.JsonNode node) {
    while (node.has("$ref")) {
      node = document.at(node.get("$ref").asString().substring(1));
    }
    return node;
  }

  @Test
  void documentsEveryApiOperationAndNothingElse() {
    var document = new Http(port).get("/api/v1/openapi.json").json();
    Set<String> documented = new TreeSet<>();
    document.get("paths").properties().forEach(path ->
        path.getValue().properties().stream()
            .filter(op -> java.util.Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(op.getKey()))
            .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));

    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> {
      for (var pattern : info.getPathPatternsCondition().getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          var methods = info.getMethodsCondition().getMethods();
          assertThat(methods).as("%s must name its HTTP method", pattern).isNotEmpty();
          methods.forEach(m -> served.add(m.name() + " " + pattern));
        }
      }
    });
    assertThat(documented).isEqualTo(served);
  }
}
