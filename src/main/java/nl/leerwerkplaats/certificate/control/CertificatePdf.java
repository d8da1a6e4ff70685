package nl.leerwerkplaats.certificate.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The certificate of completion as a one-page A4 landscape PDF: what was completed, by whom, when, with what
 * accreditation, and how to check it (code, address and a QR code of the address). The signed Open Badge rides
 * along as an attachment, so whoever holds the PDF also holds the verifiable credential.
 * <p>
 * Texts come from the caller's resource bundle as {@link MessageFormat} patterns (so a literal apostrophe is
 * written {@code ''}). A missing label prints its key. Keys:
 * <ul>
 * <li>{@code certificate.pdf.title}: heading, also the start of the document title</li>
 * <li>{@code certificate.pdf.awardedTo}: above the learner's name</li>
 * <li>{@code certificate.pdf.registrationNumber}: {0} = register number (SKJ)</li>
 * <li>{@code certificate.pdf.completedModule}: above the module</li>
 * <li>{@code certificate.pdf.module}: {0} = module title, {1} = version label</li>
 * <li>{@code certificate.pdf.provider}: {0} = provider name</li>
 * <li>{@code certificate.pdf.completionDate}: {0} = completion date, long locale format</li>
 * <li>{@code certificate.pdf.studyLoad}: {0} = hours with one decimal</li>
 * <li>{@code certificate.pdf.score}: {0} = final-test score in percent</li>
 * <li>{@code certificate.pdf.points}: {0} = register, {1} = activity id, {2} = points</li>
 * <li>{@code certificate.pdf.outsideWindow}: {0} = register, {1} = window start, {2} = window end (may be
 *     empty)</li>
 * <li>{@code certificate.pdf.notAccredited}: no accreditation, study hours only</li>
 * <li>{@code certificate.pdf.code}: {0} = verification code in groups of four</li>
 * <li>{@code certificate.pdf.verifyAt}: {0} = verify address</li>
 * <li>{@code certificate.pdf.subject}: document subject; {0} = learner name, {1} = module title</li>
 * </ul>
 */
public final class CertificatePdf {

    public static final String ATTACHMENT_NAME = "open-badge-credential.jwt";
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 64;
    static final float QR_SIZE = 96;
    /** Sizes tried for the module line, largest first, until it fits in {@link #MODULE_MAX_LINES} lines. */
    private static final float[] MODULE_SIZES = {20, 16, 13};
    private static final int MODULE_MAX_LINES = 3;

    private final CertificateData data;
    private final Function<String, String> labels;
    private final Locale locale;
    private PageText text;
    private float y;

    private CertificatePdf(CertificateData data, Function<String, String> labels, Locale locale) {
        this.data = data;
        this.labels = labels;
        this.locale = locale;
    }

    /**
     * The PDF bytes.
     *
     * @param credentialJwt the signed Open Badge to attach as {@value #ATTACHMENT_NAME}, or null for none
     */
    public static byte[] render(CertificateData data, Function<String, String> labels, Locale locale,
                                String credentialJwt) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            CertificatePdf certificate = new CertificatePdf(data, labels, locale);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                certificate.draw(stream, new PageText(stream, PageText.loadFont(document)));
            }
            certificate.describe(document.getDocumentInformation());
            if (credentialJwt != null) {
                attach(document, credentialJwt, created(data));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the certificate " + data.code(), e);
        }
    }

    /** The 32-character code as 8 groups of 4, easier to read aloud and to type over. */
    static String displayCode(String code) {
        StringBuilder display = new StringBuilder();
        for (int start = 0; start < code.length(); start += 4) {
            if (start > 0) {
                display.append('-');
            }
            display.append(code, start, Math.min(start + 4, code.length()));
        }
        return display.toString();
    }

    private void draw(PDPageContentStream stream, PageText pageText) throws IOException {
        this.text = pageText;
        stream.setStrokingColor(0.4f);
        stream.setLineWidth(1.5f);
        stream.addRect(28, 28, PAGE.getWidth() - 56, PAGE.getHeight() - 56);
        stream.stroke();
        stream.setNonStrokingColor(0f);
        y = PAGE.getHeight() - MARGIN - 8;
        centred(label("certificate.pdf.title"), 34, 0);
        centred(label("certificate.pdf.awardedTo"), 14, 18);
        centred(data.learnerName(), 28, 4);
        if (data.hasRegistrationNumber()) {
            centred(label("certificate.pdf.registrationNumber", data.registrationNumber()), 12, 6);
        }
        centred(label("certificate.pdf.completedModule"), 14, 20);
        String module = label("certificate.pdf.module", data.moduleTitle(), data.moduleVersion());
        centred(module, moduleSize(module), 2);
        centred(label("certificate.pdf.provider", data.providerName()), 12, 4);
        centred(label("certificate.pdf.completionDate", date(data.completionDate())), 12, 20);
        centred(label("certificate.pdf.studyLoad", hours()), 12, 2);
        if (data.finalScore() != null) {
            centred(label("certificate.pdf.score", String.valueOf(data.finalScore())), 12, 2);
        }
        centred(accreditation(), 12, 2);
        verification(stream);
    }

    /** Code and address at the bottom left, the QR code of the address at the bottom right. */
    private void verification(PDPageContentStream stream) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN - QR_SIZE - 24;
        List<String> lines = text.wrap(label("certificate.pdf.code", displayCode(data.code())), 11, width);
        lines.addAll(text.wrap(label("certificate.pdf.verifyAt", data.verifyUrl()), 11, width));
        float lineY = MARGIN - 20 + (lines.size() - 1) * 14;
        for (String line : lines) {
            text.left(line, 11, MARGIN, lineY);
            lineY -= 14;
        }
        QrCode.draw(stream, QrCode.matrix(data.verifyUrl()), PAGE.getWidth() - MARGIN - QR_SIZE + 16, MARGIN - 28,
                QR_SIZE);
    }

    private void centred(String value, float size, float gapBefore) {
        y -= gapBefore;
        for (String line : text.wrap(value, size, PAGE.getWidth() - 2 * MARGIN)) {
            y -= size * 1.25f;
            text.centered(line, size, PAGE.getWidth() / 2, y);
        }
    }

    private float moduleSize(String module) {
        for (float size : MODULE_SIZES) {
            if (text.wrap(module, size, PAGE.getWidth() - 2 * MARGIN).size() <= MODULE_MAX_LINES) {
                return size;
            }
        }
        return MODULE_SIZES[MODULE_SIZES.length - 1];
    }

    private String accreditation() {
        String register = data.register() == null ? "" : data.register();
        if (data.outsideWindow()) {
            return label("certificate.pdf.outsideWindow", register, date(data.accreditationFrom()),
                    date(data.accreditationUntil()));
        }
        if (!data.accredited()) {
            return label("certificate.pdf.notAccredited");
        }
        String activity = data.activityId() == null ? "" : data.activityId();
        return label("certificate.pdf.points", register, activity, String.valueOf(data.points()));
    }

    private void describe(PDDocumentInformation info) {
        info.setTitle(label("certificate.pdf.title") + ": " + data.moduleTitle());
        info.setAuthor(data.providerName());
        info.setSubject(label("certificate.pdf.subject", data.learnerName(), data.moduleTitle()));
        // The moment of completion, not of rendering: the same record always yields the same certificate.
        info.setCreationDate(created(data));
    }

    private static void attach(PDDocument document, String jwt, Calendar created) throws IOException {
        byte[] bytes = jwt.getBytes(StandardCharsets.US_ASCII);
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
        file.setSubtype("application/jwt");
        file.setSize(bytes.length);
        file.setCreationDate(created);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHMENT_NAME);
        spec.setFileUnicode(ATTACHMENT_NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Open Badges 3.0 credential, signed (VC-JWT)");
        PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
        files.setNames(Map.of(ATTACHMENT_NAME, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(files);
        document.getDocumentCatalog().setNames(names);
    }

    private static Calendar created(CertificateData data) {
        return GregorianCalendar.from(data.completedAt().atZone(ZoneOffset.UTC));
    }

    private String label(String key, String... arguments) {
        String pattern = labels.apply(key);
        return new MessageFormat(pattern == null ? key : pattern, locale).format(arguments);
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private String hours() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(data.studyHours());
    }
}
