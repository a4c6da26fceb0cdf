package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.InputSource;

/**
 * The IATI publication is valid against IATI's own 2.03 activity schema (javax.xml.validation, the XSD files
 * kept in the application's resources), carries every transaction type and organisation role for the fund's
 * parties, and only sums for the public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IatiExportIntegrationTest {

  @LocalServerPort int port;

  static void validate(String xml) throws Exception {
    var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
    var schema = factory.newSchema(IatiExportIntegrationTest.class.getResource("/iati/2.03/iati-activities-schema.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static org.w3c.dom.Document parse(String xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static java.util.Set<String> attributes(org.w3c.dom.Document doc, String element, String attribute) {
    var values = new HashSet<String>();
    var nodes = doc.getElementsByTagName(element);
    for (int i = 0; i < nodes.getLength(); i++) values.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute(attribute));
    return values;
  }

  @Test
  void theExportIsValidIati203WithEveryTransactionTypeAndRole() throws Exception {
    var http = new Http(port);
    var funds = new Funds(http);
    var id = funds.implementing("JOR", "ESP", "NSPA", "IATI fund " + UUID.randomUUID());
    var lead = funds.coordinator("ESP");
    var pledge = funds.recorded(id, funds.coordinator("DEU"), "PLEDGE", "DEU", "500000.00", "EUR", null, "Pledge & <promise>");
    funds.expect(201, "POST", "/api/v1/trust-funds/" + id + "/ledger", java.util.Map.of("kind", "COMMITMENT", "confirms",
        pledge.get("id").asString(), "amount", "500000.00", "currency", "EUR"), lead);
    funds.recorded(id, lead, "RECEIPT", "DEU", "500000.00", "EUR", null, null);
    funds.recorded(id, lead, "RECEIPT", "CHE", "1000.00", "CHF", "0.9312", null);
    funds.recorded(id, lead, "IN_KIND", "IRL", "2500.00", "EUR", null, "Protective suits");
    funds.recorded(id, funds.agent("NSPA"), "DISBURSEMENT", null, "400000.00", "EUR", null, null);
    funds.recorded(id, funds.agent("NSPA"), "EXPENDITURE", null, "123456.78", "EUR", null, "Équipement");
    funds.recorded(id, funds.staff, "ADVANCE", null, "1000.00", "EUR", null, "internal");

    // as a party: every line, every type, every role
    var mine = http.get("/api/v1/trust-funds/" + id + ".iati.xml", lead.bearer());
    assertThat(mine.status()).isEqualTo(200);
    assertThat(mine.header("Content-Type")).startsWith("application/xml");
    validate(mine.body());
    var doc = parse(mine.body());
    assertThat(doc.getElementsByTagName("iati-activity").getLength()).isEqualTo(1);
    assertThat(attributes(doc, "transaction-type", "code")).containsExactlyInAnyOrder("13", "11", "1", "3", "4");
    assertThat(doc.getElementsByTagName("transaction").getLength()).isEqualTo(7); // the advance is not published
    assertThat(attributes(doc, "participating-org", "role")).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(attributes(doc, "recipient-country", "code")).containsExactly("JO");
    assertThat(attributes(doc, "sector", "code")).containsExactly("15250");
    assertThat(attributes(doc, "narrative", "xml:lang")).contains("en", "fr");
    assertThat(mine.body()).contains("123456.78").contains("Pledge &amp; &lt;promise&gt;").doesNotContain("internal");

    // the whole publication as anyone sees it: valid too, sums only, nothing of the ledger's lines
    var everyone = http.get("/api/v1/trust-funds.iati.xml");
    assertThat(everyone.status()).isEqualTo(200);
    validate(everyone.body());
    assertThat(everyone.body()).contains(funds.detail(id, lead).get("fund").get("code").asString())
        .doesNotContain("Protective suits").doesNotContain("Pledge &amp;");
    var publicDoc = parse(new Http(port).get("/api/v1/trust-funds/" + id + ".iati.xml").body());
    assertThat(attributes(publicDoc, "transaction-type", "code")).containsExactlyInAnyOrder("13", "11", "1", "3", "4");
    assertThat(publicDoc.getElementsByTagName("transaction").getLength()).isEqualTo(5);
    // a fund not launched is not published
    var idea = funds.propose("GEO", "Unpublished " + UUID.randomUUID());
    assertThat(http.get("/api/v1/trust-funds/" + idea + ".iati.xml").status()).isEqualTo(404);
  }

  @Test
  void theLedgerDownloadsAsCsvAndWorkbookForItsPartiesOnly() throws Exception {
    var http = new Http(port);
    var funds = new Funds(http);
    var id = funds.implementing("GEO", "NLD", "NSPA", "Ledger fund " + UUID.randomUUID());
    funds.recorded(id, funds.coordinator("DEU"), "PLEDGE", "DEU", "1234.56", "EUR", null, "pledge, with a comma");
    var csv = http.get("/api/v1/trust-funds/" + id + "/ledger.csv", funds.coordinator("NLD").bearer());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("occurred_on,kind,iati_type,organisation,amount").contains("PLEDGE,13,DEU,1234.56,EUR")
        .contains("\"pledge, with a comma\"");
    var xlsx = http.get("/api/v1/trust-funds/" + id + "/ledger.xlsx", funds.coordinator("NLD").bearer());
    assertThat(xlsx.status()).isEqualTo(200);
    assertThat(http.get("/api/v1/trust-funds/" + id + "/ledger.csv", funds.coordinator("JOR").bearer()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/trust-funds/" + id + "/ledger.csv").status()).isIn(401, 404);
  }
}
