package nl.leerwerkplaats.certificate.view;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.certificate.boundary.RecordIssuer;
import nl.leerwerkplaats.certificate.boundary.Records;
import nl.leerwerkplaats.certificate.control.PointsOverview;
import nl.leerwerkplaats.certificate.control.VerificationCodes;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.LocaleSelection;

/** Backs "Mijn certificaten" (/certificates/): every record with its downloads, and the SKJ points overview. */
@Named
@RequestScoped
public class MyCertificatesPage {

    @Inject
    Records records;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    Links links;

    @Inject
    LocaleSelection localeSelection;

    private List<CompletionRecord> all;
    private PointsOverview points;

    @PostConstruct
    void load() {
        all = records.of(currentAccount.get());
        points = records.skjPoints(currentAccount.get());
    }

    public List<CompletionRecord> getRecords() {
        return all;
    }

    public PointsOverview getPoints() {
        return points;
    }

    public String display(String code) {
        return VerificationCodes.display(code);
    }

    public String verifyUrl(String code) {
        return RecordIssuer.verifyUrl(links.base(), code);
    }

    /** The downloads follow the page's language. */
    public String getLangParameter() {
        return localeSelection.isDutch() ? "" : "?lang=en";
    }
}
