package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.stream.StreamSupport;
import org.entente.Accounts;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new demo installation shows three funds in different stages — Jordan IV completed, Georgia launched,
 * Qatar in scoping — made by the demo accounts through the service, with every IATI transaction type and
 * organisation role among them, and a valid IATI publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"entente.demo=true", "entente.demo.activities=300"})
class DemoTrustFundsIntegrationTest {

  @LocalServerPort int port;

  @Test
  void threeFundsInDifferentStagesWithEveryTransactionTypeAndRole() throws Exception {
    var http = new Http(port);
    var staff = new Accounts(http).create("IS:STAFF");
    var files = http.get("/api/v1/trust-funds/files", staff.bearer()).json();
    var byHost = new HashMap<String, String>();
    StreamSupport.stream(files.get("items").spliterator(), false).forEach(f -> byHost.put(f.get("host").asString(), f.get("status").asString()));
    assertThat(byHost).containsEntry("JOR", "COMPLETED").containsEntry("GEO", "LAUNCHED").containsEntry("QAT", "SCOPING");
    var jordan = StreamSupport.stream(files.get("items").spliterator(), false).filter(f -> f.get("host").asString().equals("JOR")).findFirst().orElseThrow();
    assertThat(jordan.get("leads").toString()).contains("ESP", "CHE");
    assertThat(jordan.get("donors").toString()).contains("DEU", "IRL");
    assertThat(jordan.get("executingAgent").asString()).isEqualTo("NSPA");
    var georgia = StreamSupport.stream(files.get("items").spliterator(), false).filter(f -> f.get("host").asString().equals("GEO")).findFirst().orElseThrow();
    assertThat(georgia.get("objective").asString()).isEqualTo("O1");

    var iati = http.get("/api/v1/trust-funds.iati.xml", staff.bearer());
    IatiExportIntegrationTest.validate(iati.body());
    var doc = IatiExportIntegrationTest.parse(iati.body());
    assertThat(IatiExportIntegrationTest.attributes(doc, "transaction-type", "code")).containsExactlyInAnyOrder("13", "11", "1", "3", "4");
    assertThat(IatiExportIntegrationTest.attributes(doc, "participating-org", "role")).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(doc.getElementsByTagName("iati-activity").getLength()).isEqualTo(2);
    // the public list shows the two launched funds
    assertThat(http.get("/api/v1/trust-funds").json().get("total").asLong()).isEqualTo(2);
  }
}
