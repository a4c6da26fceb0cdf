package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The index in front of Spring MVC's search answers every request as Spring's own search does: for a path made from
 * every pattern of every mapping, with each method it takes and one it does not, both find the same handler with
 * the same path variables, or fail alike; and the index answers most of them by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexedHandlerMappingIntegrationTest {

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

  @Test
  void theLiteralBeginningIsWhatEveryMatchingPathBeginsWith() {
    assertThat(IndexedHandlerMapping.literalBeginning("/api/v1/events/{id}/nominations")).isEqualTo("/api/v1/events");
    assertThat(IndexedHandlerMapping.literalBeginning("/webjars/**")).isEqualTo("/webjars");
    assertThat(IndexedHandlerMapping.literalBeginning("/files/report-{year}")).isEqualTo("/files");
    assertThat(IndexedHandlerMapping.literalBeginning("/{code}")).isEmpty();
    assertThat(IndexedHandlerMapping.literalBeginning("/api/v1/activities")).isEqualTo("/api/v1/activities");
  }

  @Test
  void theKeyIsTheFirstThreeSegments() {
    assertThat(IndexedHandlerMapping.key("/api/v1/events/1/nominations")).isEqualTo("/api/v1/events");
    assertThat(IndexedHandlerMapping.key("/api/v1/events")).isEqualTo("/api/v1/events");
    assertThat(IndexedHandlerMapping.key("/api/v1/events/")).isEqualTo("/api/v1/events");
    assertThat(IndexedHandlerMapping.key("/api/v1")).isNull();
    assertThat(IndexedHandlerMapping.key("/api/v1/")).isNull();
    assertThat(IndexedHandlerMapping.key("/api//v1/events")).isNull();
    assertThat(IndexedHandlerMapping.key("")).isNull();
  }

  @Test
  void everyMappingIsFoundAsSpringFindsIt() throws Exception {
    assertThat(mapping).isInstanceOf(IndexedHandlerMapping.class);
    var indexed = (IndexedHandlerMapping) mapping;
    var compared = 0;
    var mapped = 0;
    var fromIndex = 0;
    var differences = new ArrayList<String>();
    for (var entry : mapping.getHandlerMethods().entrySet()) {
      var info = entry.getKey();
      var methods = info.getMethodsCondition().getMethods().isEmpty()
          ? List.of(RequestMethod.GET) : List.copyOf(info.getMethodsCondition().getMethods());
      var unsupported = RequestMethod.PATCH;
      for (var pattern : Objects.requireNonNull(info.getPathPatternsCondition()).getPatternValues()) {
        var path = concrete(pattern);
        mapped += methods.size();
        var tried = new ArrayList<>(methods);
        if (!methods.contains(unsupported)) {
          tried.add(unsupported);
        }
        for (var method : methods) {
          var single = indexed.single(lookupPath(request(method, path, info)), last);
          if (single != null) {
            fromIndex++;
          }
        }
        for (var method : tried) {
          var fast = outcome(() -> indexed.lookupHandlerMethod(lookupPath(request(method, path, info)), last));
          var fastVariables = variables();
          var spring = outcome(() -> indexed.linearLookup(lookupPath(request(method, path, info)), last));
          var springVariables = variables();
          compared++;
          if (!fast.equals(spring) || !Objects.equals(fastVariables, springVariables)) {
            differences.add(method + " " + path + ": " + fast + " " + fastVariables + " against " + spring + " " + springVariables);
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(500);
    assertThat(differences).isEmpty();
    // the index answers by itself nearly always (the rest: exact paths, which Spring finds by hash, and the few
    // paths two mappings share, such as /x/new beside /x/{id})
    assertThat(fromIndex).as("answered by the index alone, of %d", mapped).isGreaterThan(mapped / 2);
  }

  private MockHttpServletRequest last;

  private MockHttpServletRequest request(RequestMethod method, String path, RequestMappingInfo info) {
    var request = new MockHttpServletRequest(method.name(), path);
    info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
        .ifPresent(type -> request.setContentType(type.toString().replace("*", "x")));
    info.getProducesCondition().getProducibleMediaTypes().stream().findFirst()
        .ifPresent(type -> request.addHeader("Accept", type.toString()));
    last = request;
    return request;
  }

  private static String lookupPath(MockHttpServletRequest request) {
    return ServletRequestPathUtils.parseAndCache(request).pathWithinApplication().value();
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> variables() {
    return (Map<String, String>) last.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
  }

  /** A path the pattern matches: each variable a value of its own, wildcards a segment or two. */
  private static String concrete(String pattern) {
    var path = new StringBuilder();
    var n = 0;
    for (var segment : pattern.split("/", -1)) {
      if (!path.isEmpty() || !segment.isEmpty()) {
        path.append('/');
      }
      n++;
      path.append(switch (segment) {
        case "**" -> "a/b";
        case "*" -> "a";
        default -> segment.startsWith("{*") ? "a/b" : segment.replaceAll("\\{[^}]*}", "v" + n).replace('?', 'q');
      });
    }
    var result = path.toString();
    return result.startsWith("/") ? result : "/" + result;
  }

  private interface Lookup {
    Object find() throws Exception;
  }

  private static String outcome(Lookup lookup) {
    try {
      return String.valueOf(lookup.find());
    } catch (Exception e) {
      return e.getClass().getSimpleName();
    }
  }
}
