package org.entente.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The OpenAPI 3.1 document of the whole API at {@code /api/v1/openapi.json}. Each module describes its own
 * paths in {@code openapi/<module>.yaml} beside its code; this merges them into {@code openapi/openapi.yaml}
 * (info, servers, tags, the shared problem schema, paging parameters and error responses). Answers that
 * every operation may give are added here rather than repeated in each file: 503 with {@code Retry-After}
 * ({@link LoadShedding} refuses any request when too many are in flight) and 401 (a bearer token that is
 * unknown, expired or revoked is refused even on a public operation). A test holds the document and the
 * controllers equal; another lints it with Redocly; the build generates a Java client from it.
 *
 * <p>{@code main(file)} writes the document to a file, for the build's client generation.
 */
@RestController
class OpenApiDocument {

  private static final String BASE = "openapi.yaml";
  private static final String[] SECTIONS = {"schemas", "parameters", "responses", "headers", "examples", "requestBodies"};
  private static final java.util.Set<String> METHODS = java.util.Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private final JsonNode document;

  OpenApiDocument() {
    this.document = load();
  }

  @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  JsonNode openApi() {
    return document;
  }

  /** Writes the merged document as JSON to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    var target = java.nio.file.Path.of(args[0]);
    if (target.getParent() != null) {
      java.nio.file.Files.createDirectories(target.getParent());
    }
    java.nio.file.Files.writeString(target, load().toPrettyString());
  }

  /** Adds the answers every operation may give, where its file does not already say them. */
  private static void addCommonAnswers(ObjectNode paths) {
    for (var path : paths.properties()) {
      for (var operation : path.getValue().properties()) {
        if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode op) {
          var responses = op.withObject("/responses");
          if (!responses.has("401")) {
            responses.putObject("401").put("$ref", "#/components/responses/Unauthorized");
          }
          if (!responses.has("503")) {
            responses.putObject("503").put("$ref", "#/components/responses/ServiceUnavailable");
          }
        }
      }
    }
  }

  static JsonNode load() {
    var yaml = new YAMLMapper();
    try {
      var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:openapi/*.yaml");
      var base =
          Arrays.stream(resources)
              .filter(r -> BASE.equals(r.getFilename()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("openapi/" + BASE + " is missing"));
      var document = (ObjectNode) yaml.readTree(base.getInputStream());
      var paths = document.withObject("/paths");
      Resource[] fragments =
          Arrays.stream(resources)
              .filter(r -> !BASE.equals(r.getFilename()))
              .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
              .toArray(Resource[]::new);
      for (var fragment : fragments) {
        var tree = yaml.readTree(fragment.getInputStream());
        if (tree.get("paths") instanceof ObjectNode fragmentPaths) {
          paths.setAll(fragmentPaths);
        }
        for (var section : SECTIONS) {
          if (tree.path("components").get(section) instanceof ObjectNode entries) {
            document.withObject("/components").withObject("/" + section).setAll(entries);
          }
        }
      }
      addCommonAnswers(paths);
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the OpenAPI fragments", e);
    }
  }
}
