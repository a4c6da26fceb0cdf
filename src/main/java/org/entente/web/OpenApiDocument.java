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
 * (info, servers and the shared problem schema). A test holds the document and the controllers equal.
 */
@RestController
class OpenApiDocument {

  private static final String BASE = "openapi.yaml";
  private static final String[] SECTIONS = {"schemas", "parameters", "responses"};
  private final JsonNode document;

  OpenApiDocument() {
    this.document = load();
  }

  @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  JsonNode openApi() {
    return document;
  }

  private static JsonNode load() {
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
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the OpenAPI fragments", e);
    }
  }
}
