package org.entente.science;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.access.Guard;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application's PDF attachments (the project description, letters of support, CVs). Only real PDFs are kept: the
 * content must begin with {@code %PDF-} and PDFBox must open it with at least one page; at most {@link #MAX_BYTES}
 * each ({@link TooLarge}, 413 beyond), {@link #MAX_FILES} per application. Added by a co-director while the
 * application is being completed (as the team, {@link ScienceTeams#keep}); read by whoever reads the application.
 * Uploads and downloads are audited.
 */
@Service
public class ScienceAttachments {

  /** The largest attachment accepted: 10 MiB (the servlet's own limit, 20 MB, answers 413 before this is asked). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  static final int MAX_FILES = 20;
  private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final Science science;
  private final ScienceTeams teams;
  private final ScienceTeamStore store;
  private final Guard guard;
  private final AuditTrail audit;

  ScienceAttachments(Science science, ScienceTeams teams, ScienceTeamStore store, Guard guard, AuditTrail audit) {
    this.science = science;
    this.teams = teams;
    this.store = store;
    this.guard = guard;
    this.audit = audit;
  }

  /** An attachment over {@link #MAX_BYTES}: answered 413 with the limit. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge() {
      super("attachment over " + MAX_BYTES + " bytes");
    }
  }

  /** A downloaded attachment: its description and bytes. */
  public record Download(Attachment attachment, byte[] content) {}

  @Transactional(readOnly = true)
  public List<Attachment> attachments(UUID application) {
    return store.attachments(science.application(application).id());
  }

  /** Adds a PDF; 400 naming {@code file} when it is empty or not a PDF, 413 when too large, 409 once screened. */
  @Transactional
  public Attachment attach(UUID application, @Nullable String filename, byte @Nullable [] content) {
    var app = teams.keep(application);
    if (content == null || content.length == 0) throw InvalidInput.of("file", "science.attachment.required");
    if (content.length > MAX_BYTES) throw new TooLarge();
    var pages = pages(content);
    if (store.attachmentCount(app.id()) >= MAX_FILES) throw new Conflict("science.attachment.too-many", MAX_FILES);
    var name = filename(filename);
    var id = UUID.randomUUID();
    store.attach(id, app.id(), name, content, pages, guard.caller().username());
    audit.record(Change.of("SCIENCE_ATTACHMENT_ADDED", "science-application", app.id().toString(),
        Map.of("attachment", id.toString(), "filename", name, "size", content.length, "pages", pages)));
    return store.attachment(app.id(), id).orElseThrow();
  }

  /** One attachment with its content, for whoever reads the application (404 otherwise); the reading is audited. */
  @Transactional
  public Download download(UUID application, UUID attachment) {
    var app = science.application(application);
    var found = store.attachment(app.id(), attachment).orElseThrow(() -> new NotFound("science-attachment", attachment.toString()));
    var content = store.content(app.id(), attachment).orElseThrow(() -> new NotFound("science-attachment", attachment.toString()));
    audit.record(Change.of("SCIENCE_ATTACHMENT_READ", "science-application", app.id().toString(),
        Map.of("attachment", attachment.toString(), "filename", found.filename())));
    return new Download(found, content);
  }

  /** The number of pages of a real PDF; 400 naming {@code file} otherwise. */
  static int pages(byte[] content) {
    if (content.length < SIGNATURE.length || !Arrays.equals(Arrays.copyOf(content, SIGNATURE.length), SIGNATURE)) {
      throw InvalidInput.of("file", "science.attachment.not-pdf");
    }
    try (var document = Loader.loadPDF(content)) {
      var pages = document.getNumberOfPages();
      if (pages < 1) throw InvalidInput.of("file", "science.attachment.not-pdf");
      return pages;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInput invalid) throw invalid;
      throw InvalidInput.of("file", "science.attachment.not-pdf");
    }
  }

  /** The file's own name without any folder, control characters or quotes; {@code attachment.pdf} when none is left. */
  static String filename(@Nullable String filename) {
    var name = filename == null ? "" : filename;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > 200) name = name.substring(name.length() - 200);
    return name.isEmpty() ? "attachment.pdf" : name;
  }
}
