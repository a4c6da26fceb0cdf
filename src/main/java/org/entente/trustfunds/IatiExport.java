package org.entente.trustfunds;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.directory.Directory;
import org.entente.directory.OrganisationKind;
import org.entente.languages.BilingualText;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launched funds as IATI 2.03 activities (the format donors publish aid in, read by d-portal and AidStream),
 * as the reader may see them: the fund's parties get every ledger line they read as a transaction; everyone
 * else the public summary, with one transaction per type for its sums to date. Participating organisations:
 * donors funding (1), the International Staff accountable (2) for oversight, the lead nations extending (3),
 * the executing agent implementing (4). Advances are internal and not published.
 */
@Component
public class IatiExport {

  private static final String NS_XML = "http://www.w3.org/XML/1998/namespace";
  private static final Map<String, String> ALPHA2 = new HashMap<>();

  static {
    for (var a2 : Locale.getISOCountries()) {
      ALPHA2.put(Locale.of("", a2).getISO3Country(), a2);
    }
  }

  private final TrustFunds funds;
  private final Directory directory;
  private final MessageSource messages;
  private final Clock clock;
  private final String reportingRef;

  IatiExport(TrustFunds funds, Directory directory, MessageSource messages, Clock clock,
      @Value("${entente.trustfunds.iati.reporting-org:XI-IATI-ENTENTE}") String reportingRef) {
    this.funds = funds;
    this.directory = directory;
    this.messages = messages;
    this.clock = clock;
    this.reportingRef = reportingRef;
  }

  /** Every launched fund, or one ({@code only}): 404 when it is not launched or not visible. */
  @Transactional(readOnly = true)
  public void write(@Nullable UUID only, OutputStream out) {
    var summaries = only == null ? funds.summaries()
        : List.of(funds.summary(only).orElseThrow(() -> new NotFound("trust-fund", only.toString())));
    try {
      var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("iati-activities");
      xml.writeAttribute("version", "2.03");
      xml.writeAttribute("generated-datetime", now());
      for (var s : summaries) {
        activity(xml, s, funds.readsFile(s.id()) ? funds.fund(s.id()) : null);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("the IATI export could not be written", e);
    }
  }

  private void activity(XMLStreamWriter xml, PublicSummary s, @Nullable TrustFund fund) throws XMLStreamException {
    var today = LocalDate.now(clock);
    xml.writeStartElement("iati-activity");
    xml.writeAttribute("last-updated-datetime", now());
    xml.writeAttribute("xml", NS_XML, "lang", "en");
    xml.writeAttribute("default-currency", s.currency());
    text(xml, "iati-identifier", reportingRef + "-" + s.code());
    xml.writeStartElement("reporting-org");
    xml.writeAttribute("ref", reportingRef);
    xml.writeAttribute("type", "40");
    narratives(xml, name("IS", today));
    xml.writeEndElement();
    xml.writeStartElement("title");
    narratives(xml, s.title());
    xml.writeEndElement();
    xml.writeStartElement("description");
    xml.writeAttribute("type", "1");
    var purpose = fund == null ? null : fund.purpose();
    narratives(xml, purpose != null && (purpose.en() != null || purpose.fr() != null) ? purpose
        : new BilingualText(message("trustfunds.category." + s.category().name(), Locale.ENGLISH),
            message("trustfunds.category." + s.category().name(), Locale.FRENCH)));
    xml.writeEndElement();

    var funders = new LinkedHashSet<String>(fund == null ? s.leads() : fund.donors().isEmpty() ? fund.leads() : fund.donors());
    for (var donor : funders) participant(xml, donor, "1", today);
    participant(xml, "IS", "2", today);
    for (var lead : s.leads()) participant(xml, lead, "3", today);
    if (s.executingAgent() != null) participant(xml, s.executingAgent(), "4", today);

    empty(xml, "activity-status", "code", switch (s.status()) {
      case IMPLEMENTING -> "2";
      case COMPLETED -> "3";
      case CLOSED -> "4";
      case CANCELLED -> "5";
      default -> "1";
    });
    if (s.startsOn() != null) date(xml, "activity-date", "1", s.startsOn());
    if (s.status() == TrustFundStatus.IMPLEMENTING || s.status() == TrustFundStatus.COMPLETED || s.status() == TrustFundStatus.CLOSED) {
      date(xml, "activity-date", "2", s.launchedOn());
    }
    if (s.endsOn() != null) date(xml, "activity-date", "3", s.endsOn());
    if (s.startsOn() == null && s.endsOn() == null && s.status() != TrustFundStatus.IMPLEMENTING
        && s.status() != TrustFundStatus.COMPLETED && s.status() != TrustFundStatus.CLOSED) {
      date(xml, "activity-date", "2", s.launchedOn());
    }
    var country = ALPHA2.get(s.host());
    if (country != null) {
      xml.writeStartElement("recipient-country");
      xml.writeAttribute("code", country);
      xml.writeAttribute("percentage", "100");
      narratives(xml, name(s.host(), today));
      xml.writeEndElement();
    }
    xml.writeStartElement("sector");
    xml.writeAttribute("vocabulary", "1");
    xml.writeAttribute("code", s.category().dacSector());
    xml.writeAttribute("percentage", "100");
    xml.writeEndElement();

    if (fund != null && !fund.budget().isEmpty() && fund.startsOn() != null && fund.endsOn() != null) {
      var total = fund.budget().stream().map(TrustFund.BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      xml.writeStartElement("budget");
      xml.writeAttribute("type", "1");
      xml.writeAttribute("status", s.launchedOn() == null ? "1" : "2");
      empty(xml, "period-start", "iso-date", fund.startsOn().toString());
      empty(xml, "period-end", "iso-date", fund.endsOn().toString());
      value(xml, total, fund.currency(), fund.startsOn());
      xml.writeEndElement();
    }

    if (fund != null) {
      for (var line : funds.ledger(fund.id())) {
        if (line.kind().iatiCode() == null) continue;
        xml.writeStartElement("transaction");
        xml.writeAttribute("ref", line.id().toString());
        empty(xml, "transaction-type", "code", line.kind().iatiCode());
        empty(xml, "transaction-date", "iso-date", line.occurredOn().toString());
        value(xml, line.amount(), line.currency(), line.rateOn());
        var description = line.kind() == TransactionKind.IN_KIND
            ? "In kind" + (line.description() == null ? "" : ": " + line.description()) : line.description();
        if (description != null) {
          xml.writeStartElement("description");
          narrative(xml, description, null);
          xml.writeEndElement();
        }
        if (line.kind().fromDonor()) {
          org(xml, "provider-org", line.organisation(), today);
        } else {
          org(xml, "receiver-org", line.organisation(), today);
        }
        xml.writeEndElement();
      }
    } else {
      total(xml, "13", s.pledged(), s.currency(), today);
      total(xml, "11", s.committed(), s.currency(), today);
      total(xml, "1", s.received(), s.currency(), today);
      total(xml, "3", s.disbursed(), s.currency(), today);
      total(xml, "4", s.spent(), s.currency(), today);
    }
    xml.writeEndElement();
  }

  /** One transaction carrying a sum to date, for readers of the public summary only. */
  private void total(XMLStreamWriter xml, String type, BigDecimal amount, String currency, LocalDate today) throws XMLStreamException {
    if (amount.signum() == 0) return;
    xml.writeStartElement("transaction");
    empty(xml, "transaction-type", "code", type);
    empty(xml, "transaction-date", "iso-date", today.toString());
    value(xml, amount, currency, today);
    xml.writeStartElement("description");
    narrative(xml, "Total to date", "en");
    narrative(xml, "Total à ce jour", "fr");
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void participant(XMLStreamWriter xml, String code, String role, LocalDate today) throws XMLStreamException {
    xml.writeStartElement("participating-org");
    xml.writeAttribute("role", role);
    xml.writeAttribute("type", orgType(code, today));
    narratives(xml, name(code, today));
    xml.writeEndElement();
  }

  private void org(XMLStreamWriter xml, String element, String code, LocalDate today) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("type", orgType(code, today));
    narratives(xml, name(code, today));
    xml.writeEndElement();
  }

  /** IATI OrganisationType: 10 government for a nation, 40 multilateral for the Alliance's bodies and international organisations. */
  private String orgType(String code, LocalDate today) {
    return directory.organisation(code, today).map(o -> o.kind() == OrganisationKind.ALLY || o.kind() == OrganisationKind.PARTNER ? "10" : "40").orElse("40");
  }

  private BilingualText name(String code, LocalDate today) {
    return directory.organisation(code, today).map(o -> o.name()).orElse(new BilingualText(code, null));
  }

  private static void value(XMLStreamWriter xml, BigDecimal amount, String currency, LocalDate on) throws XMLStreamException {
    xml.writeStartElement("value");
    xml.writeAttribute("currency", currency);
    xml.writeAttribute("value-date", on.toString());
    xml.writeCharacters(amount.toPlainString());
    xml.writeEndElement();
  }

  private static void narratives(XMLStreamWriter xml, BilingualText text) throws XMLStreamException {
    if (text.en() != null) narrative(xml, text.en(), "en");
    if (text.fr() != null) narrative(xml, text.fr(), "fr");
  }

  private static void narrative(XMLStreamWriter xml, String text, @Nullable String lang) throws XMLStreamException {
    xml.writeStartElement("narrative");
    if (lang != null) xml.writeAttribute("xml", NS_XML, "lang", lang);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void empty(XMLStreamWriter xml, String element, String attribute, String value) throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute(attribute, value);
  }

  private static void date(XMLStreamWriter xml, String element, String type, LocalDate on) throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute("type", type);
    xml.writeAttribute("iso-date", on.toString());
  }

  private String now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
