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
