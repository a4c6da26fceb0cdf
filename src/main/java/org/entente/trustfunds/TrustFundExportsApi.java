package org.entente.trustfunds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.languages.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Trust funds as files: the IATI publication (anyone, as they may see it) and a fund's ledger (its parties). */
@RestController
class TrustFundExportsApi {

  static final String[] COLUMNS = {"occurred_on", "kind", "iati_type", "organisation", "amount", "currency", "rate", "rate_on",
      "project_amount", "project_currency", "description", "confirms", "recorded_by", "id"};

  private final TrustFunds funds;
  private final TrustFundLedger ledger;
  private final IatiExport iati;
  private final MessageSource messages;

  TrustFundExportsApi(TrustFunds funds, TrustFundLedger ledger, IatiExport iati, MessageSource messages) {
    this.funds = funds;
    this.ledger = ledger;
    this.iati = iati;
    this.messages = messages;
  }

  @GetMapping("/api/v1/trust-funds.iati.xml")
  void all(HttpServletResponse response) throws IOException {
    response.setContentType("application/xml;charset=UTF-8");
    response.setHeader("Content-Disposition", "inline; filename=\"trust-funds.iati.xml\"");
    iati.write(null, response.getOutputStream());
  }

  @GetMapping("/api/v1/trust-funds/{id}.iati.xml")
  void one(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var buffer = new java.io.ByteArrayOutputStream();
    iati.write(id, buffer); // 404 before anything is sent
    response.setContentType("application/xml;charset=UTF-8");
    response.setHeader("Content-Disposition", "inline; filename=\"trust-fund-" + id + ".iati.xml\"");
    buffer.writeTo(response.getOutputStream());
  }

  @GetMapping("/api/v1/trust-funds/{id}/ledger.csv")
  void csv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var fund = funds.fund(id);
    var lines = ledger.export(id, "csv");
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"ledger-" + fund.code() + ".csv\"");
    var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
      for (var l : lines) {
        csv.printRecord(l.occurredOn(), l.kind(), l.kind().iatiCode() == null ? "" : l.kind().iatiCode(), l.organisation(),
            l.amount().toPlainString(), l.currency(), l.rate().toPlainString(), l.rateOn(), l.projectAmount().toPlainString(), fund.currency(),
            l.description() == null ? "" : l.description(), l.confirms() == null ? "" : l.confirms(), l.recordedBy(), l.id());
      }
    }
  }

  @GetMapping("/api/v1/trust-funds/{id}/ledger.xlsx")
  void xlsx(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    var fund = funds.fund(id);
    var lines = ledger.export(id, "xlsx");
    var locale = Language.of(LocaleContextHolder.getLocale()).locale();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"ledger-" + fund.code() + ".xlsx\"");
    try (var book = new XSSFWorkbook()) {
      var sheet = book.createSheet(fund.code());
      var head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.length; c++) {
        head.createCell(c).setCellValue(messages.getMessage("trustfunds.column." + COLUMNS[c], null, COLUMNS[c], locale));
      }
      int r = 1;
      for (var l : lines) {
        var row = sheet.createRow(r++);
        row.createCell(0).setCellValue(l.occurredOn().toString());
        row.createCell(1).setCellValue(messages.getMessage("trustfunds.kind." + l.kind().name(), null, l.kind().name(), locale));
        row.createCell(2).setCellValue(l.kind().iatiCode() == null ? "" : l.kind().iatiCode());
        row.createCell(3).setCellValue(l.organisation());
        // amounts as text: exact to the cent, as recorded (a spreadsheet number is a binary float)
        row.createCell(4).setCellValue(l.amount().toPlainString());
        row.createCell(5).setCellValue(l.currency());
        row.createCell(6).setCellValue(l.rate().toPlainString());
        row.createCell(7).setCellValue(l.rateOn().toString());
        row.createCell(8).setCellValue(l.projectAmount().toPlainString());
        row.createCell(9).setCellValue(fund.currency());
        row.createCell(10).setCellValue(l.description() == null ? "" : l.description());
        row.createCell(11).setCellValue(l.confirms() == null ? "" : l.confirms().toString());
        row.createCell(12).setCellValue(l.recordedBy());
        row.createCell(13).setCellValue(l.id().toString());
      }
      book.write(response.getOutputStream());
    }
  }
}
