package org.entente.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.entente.documents.PdfFonts;
import org.entente.catalogue.Catalogue;
import org.entente.languages.BilingualText;
import org.entente.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of attendance: issued when the provider records a participant ATTENDED (in that transaction),
 * drawn as a PDF in English and French with a verification code, checked by anyone at {@code /verify/{code}}.
 */
@Service
public class Certificates {

  // no 0/O, 1/I: codes are read aloud and typed
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom random = new SecureRandom();

  private final JdbcClient jdbc;
  private final Catalogue catalogue;
  private final Clock clock;
  private final String baseUrl;

  Certificates(JdbcClient jdbc, Catalogue catalogue, Clock clock,
      @Value("${entente.notifications.base-url:http://localhost:8080}") String baseUrl) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** Issues the certificate of an attended nomination (once). */
  void issue(UUID nomination) {
    var facts = jdbc.sql("""
            select n.nation, n.provider, n.activity, p.given_name || ' ' || p.family_name as holder, i.starts_on, i.ends_on
            from registration_nomination n join registration_participant p on p.id = n.participant
                 join registration_invitation i on i.event_id = n.event_id
            where n.id = :id
            """)
        .param("id", nomination)
        .query((rs, n) -> new String[] {rs.getString("nation"), rs.getString("provider"), rs.getString("activity"),
            rs.getString("holder"), rs.getString("starts_on"), rs.getString("ends_on")})
        .single();
    var title = catalogue.activity(facts[2]).title();
    jdbc.sql("""
            insert into registration_certificate (code, nomination, nation, provider, holder, activity, title_en, title_fr,
              starts_on, ends_on, issued_at)
            values (:code, :nomination, :nation, :provider, :holder, :activity, :en, :fr, :starts, :ends, :at)
            on conflict (nomination) do nothing
            """)
        .param("code", newCode())
        .param("nomination", nomination)
        .param("nation", facts[0])
        .param("provider", facts[1])
        .param("holder", facts[3])
        .param("activity", facts[2])
        .param("en", title.en())
        .param("fr", title.fr())
        .param("starts", LocalDate.parse(facts[4]))
        .param("ends", LocalDate.parse(facts[5]))
        .param("at", Nominations.utc(Instant.now(clock)))
        .update();
  }

  /**
   * The certificate of a nomination the caller may see: staff, the nation's coordinators and the provider
   * see every one; a participant only their own (the participant record their coordinator linked to their account,
   * as row-level security says too).
   */
  @Transactional(readOnly = true)
  public Certificate of(UUID nomination) {
    var caller = org.entente.access.Callers.current().orElse(null);
    return jdbc.sql("""
            select * from registration_certificate c where nomination = :id
              and (cast(:participantOnly as text[]) is null or not (c.nation = any (cast(:participantOnly as text[])))
                   or c.provider = any (cast(:providers as text[])) or c.nomination in (select registration_my_nominations()))
            """)
        .param("id", nomination)
        .param("participantOnly", caller == null ? null : participantOnly(caller))
        .param("providers", caller == null ? new String[0] : caller.grants().stream()
            .filter(g -> g.role() == org.entente.access.Role.PROVIDER_MANAGER).map(g -> g.organisation()).toArray(String[]::new))
        .query((rs, n) -> new Certificate(rs.getString("code"), rs.getObject("nomination", UUID.class), rs.getString("holder"),
            rs.getString("activity"), new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            rs.getTimestamp("issued_at").toInstant()))
        .optional()
        .orElseThrow(() -> new NotFound("certificate", nomination.toString()));
  }

  /** The nations for which the caller is a participant and nothing more (staff: none). */
  private static String[] participantOnly(org.entente.access.Caller caller) {
    if (caller.grants().stream().anyMatch(g -> g.role() == org.entente.access.Role.STAFF)) {
      return new String[0];
    }
    return caller.grants().stream()
        .filter(g -> g.role() == org.entente.access.Role.PARTICIPANT)
        .map(g -> g.organisation())
        .filter(nation -> caller.grants().stream().noneMatch(g -> g.organisation().equals(nation)
            && g.role() == org.entente.access.Role.NATIONAL_COORDINATOR))
        .toArray(String[]::new);
  }

  /** The code of a nomination's certificate, if one was issued and the caller may see it. */
  @Transactional(readOnly = true)
  public Optional<String> codeOf(UUID nomination) {
    return jdbc.sql("select code from registration_certificate where nomination = :id").param("id", nomination)
        .query(String.class).optional();
  }

  /** What anyone may learn from a code: holder, activity and dates. */
  @Transactional(readOnly = true)
  public Optional<Certificate.Verified> verify(String code) {
    var normalized = code.strip().toUpperCase(java.util.Locale.ROOT);
    return jdbc.sql("select * from registration_verify_certificate(:code)")
        .param("code", normalized)
        .query((rs, n) -> new Certificate.Verified(rs.getString("holder"), rs.getString("activity"),
            new BilingualText(rs.getString("title_en"), rs.getString("title_fr")),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
        .optional();
  }

  /** The certificate as a one-page PDF, in English and French. */
  @Transactional(readOnly = true)
  public byte[] pdf(UUID nomination) {
    var c = of(nomination);
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      var fonts = PdfFonts.in(document);
      var bold = fonts.bold();
      var plain = fonts.regular();
      try (var text = new PDPageContentStream(document, page)) {
        text.addRect(40, 40, page.getMediaBox().getWidth() - 80, page.getMediaBox().getHeight() - 80);
        text.stroke();
        var y = 720f;
        y = line(text, bold, 24, y, "Certificate of attendance");
        y = line(text, plain, 16, y + 4, "Certificat de participation");
        y = line(text, plain, 12, y - 30, "This certifies that / Nous certifions que");
        y = line(text, bold, 20, y - 6, c.holder());
        y = line(text, plain, 12, y - 6, "attended / a participé à");
        y = line(text, bold, 14, y - 6, c.activity() + " — " + (c.title().en() == null ? "" : c.title().en()));
        if (c.title().fr() != null && !c.title().fr().equals(c.title().en())) {
          y = line(text, plain, 14, y, c.title().fr());
        }
        y = line(text, plain, 12, y - 6, c.startsOn() + " — " + c.endsOn());
        y = line(text, plain, 11, y - 40, "Verification code / Code de vérification: " + c.code());
        line(text, plain, 11, y, baseUrl + "/verify/" + c.code());
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float line(PDPageContentStream stream, PDFont font, float size, float y, String value) throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(72, y);
    stream.showText(PdfFonts.shown(font, value));
    stream.endText();
    return y - size * 1.6f;
  }


  private static String newCode() {
    var code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }
}
