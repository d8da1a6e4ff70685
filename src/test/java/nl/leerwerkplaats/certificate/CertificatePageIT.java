package nl.leerwerkplaats.certificate;

import static nl.leerwerkplaats.testsupport.browser.AccessibilityScan.assertNoSeriousViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

import com.nimbusds.jose.jwk.RSAKey;

import nl.leerwerkplaats.certificate.control.BadgeSigner;
import nl.leerwerkplaats.certificate.control.IssuerKeys;
import nl.leerwerkplaats.certificate.control.OpenBadgesSchema;
import nl.leerwerkplaats.testsupport.WebSession;
import nl.leerwerkplaats.testsupport.browser.BrowserJourney;
import nl.leerwerkplaats.testsupport.browser.CertificatesPage;
import nl.leerwerkplaats.testsupport.browser.LoginPage;
import nl.leerwerkplaats.testsupport.browser.ModuleOneSteps;
import nl.leerwerkplaats.testsupport.browser.RegistrationPage;
import nl.leerwerkplaats.testsupport.browser.ReviewQueuePage;
import nl.leerwerkplaats.testsupport.browser.VerificationPage;

/**
 * A professional earns a certificate in headless Chromium: registers with an SKJ registration, completes module 1
 * (the open enrolment group's reviewer approves the reflection), downloads the PDF, sees the certificates on a phone,
 * and anyone opens the verification page, also in English; the badge behind it validates against the Open Badges
 * 3.0 schema and verifies with the published JWKS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificatePageIT extends BrowserJourney {

    private static final String MODULE = ModuleOneSteps.MODULE;
    private static final String PASSWORD = "Normaal-is-goed-genoeg-2026";

    @Test
    @DisplayName("certificate R2 R3 R5: a professional registers, completes module 1, downloads the PDF, and the public verification page shows the record")
    void professionalEarnsAVerifiableCertificate() throws IOException {
        String professional = "Noor Hendriks " + System.nanoTime() % 100000;
        String email = "noor" + System.nanoTime() + "@example.org";
        RegistrationPage.open(driver, base).register(professional, email, PASSWORD, "110012345",
                LocalDate.now().minusYears(1)).logIn(email, PASSWORD);
        CertificatesPage certificates = CertificatesPage.open(driver, base);
        assertTrue(certificates.points().contains("0 van 60 punten"), certificates.points());
        assertNoSeriousViolations(driver, "Mijn certificaten, empty");

        ModuleOneSteps.readEveryLesson(driver, base);
        assertTrue(ModuleOneSteps.passFinalTest(driver, base).verdict().startsWith("Geslaagd"));
        assertEquals("ingeleverd", ModuleOneSteps.writeAndSubmitReflection(driver, base));
        assertTrue(CertificatesPage.open(driver, base).codes(MODULE).isEmpty(), "not complete before approval");
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn("demo-docent", "demo");
        ReviewQueuePage.open(driver, base).reviewOf(professional)
                .decide("APPROVED", "Een heldere reflectie op je eigen normaal en die van het gezin.", 2);
        LoginPage.logOut(driver);

        LoginPage.open(driver, base).logIn(email, PASSWORD);
        certificates = CertificatesPage.open(driver, base);
        List<String> codes = certificates.codes(MODULE);
        assertEquals(1, codes.size(), "one record for the completed module");
        String code = codes.get(0);
        assertTrue(certificates.card(code).contains("Niet geaccrediteerd"), certificates.card(code));
        assertNoSeriousViolations(driver, "Mijn certificaten");
        driver.manage().window().setSize(new Dimension(390, 844));
        certificates = CertificatesPage.open(driver, base);
        assertEquals(List.of(), certificates.overflowing(), "no sideways scrolling on a phone");
        assertNoSeriousViolations(driver, "Mijn certificaten, narrow window");
        driver.manage().window().setSize(new Dimension(1280, 900));

        String pdfText = pdfText(certificates.pdfPath(code, base));
        assertTrue(pdfText.contains(professional), pdfText);
        assertTrue(pdfText.contains("110012345"), "the SKJ number from the profile");
        assertTrue(pdfText.replaceAll("\\s+", "").contains(code.substring(0, 4).toUpperCase() + "-")
                || pdfText.contains(code.substring(0, 4)), pdfText);
        assertTrue(pdfText.contains(base + "/verify/" + code), "the verification address: " + pdfText);

        VerificationPage verification = certificates.openVerification(code);
        assertEquals("valid", verification.status());
        assertTrue(verification.signatureValid());
        assertNoSeriousViolations(driver, "verification page");
        LoginPage.logOut(driver);

        verification = VerificationPage.open(driver, base, code);
        assertEquals("valid", verification.status(), "anyone, without an account");
        assertEquals(professional, verification.field("learner"));
        assertEquals("110012345", verification.field("registration"));
        assertTrue(verification.field("module").startsWith("Normaliseren"), verification.field("module"));
        verification = verification.inEnglish();
        assertEquals("valid", verification.status());
        assertEquals("Verify a certificate", verification.heading());
        assertNoSeriousViolations(driver, "verification page in English");

        badgeValidatesAndVerifies(code);
    }

    /** The credential from the public API: schema-valid, and signed by a key of the published JWKS. */
    private void badgeValidatesAndVerifies(String code) {
        WebSession anyone = new WebSession(base);
        JsonObject record = json(anyone.get("/api/v1/verify/" + code).body());
        String jwt = record.getString("credential");
        HttpResponse<String> jwks = anyone.get("/api/v1/issuer/jwks");
        assertEquals(200, jwks.statusCode());
        List<RSAKey> published = IssuerKeys.parseSet(jwks.body());
        BadgeSigner.Verification verified = BadgeSigner.verify(jwt, published);
        assertTrue(verified.valid(), verified.problem());
        JsonObject credential = verified.credential();
        assertEquals(List.of(), OpenBadgesSchema.credentialErrors(credential));
        assertTrue(credential.getString("id").endsWith("/verify/" + code), "the credential's id is its verification page");
        assertEquals(List.of(), OpenBadgesSchema.profileErrors(json(anyone.get("/api/v1/issuer").body())));
        assertEquals(200, anyone.get("/api/v1/achievements/" + MODULE + "/" + record.getJsonObject("module")
                .getString("version")).statusCode(), "the achievement's id resolves");
    }

    private String pdfText(String path) throws IOException {
        HttpResponse<byte[]> pdf = sessionOf(driver).getBytes(path);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals(401, new WebSession(base).getBytes(path).statusCode(), "no PDF without a session");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
