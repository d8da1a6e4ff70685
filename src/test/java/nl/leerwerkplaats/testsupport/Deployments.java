package nl.leerwerkplaats.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR every Arquillian test deploys: the one {@code mvn package} built (so tests run what ships),
 * plus the test-support package for tests that run inside the server.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The shipped WAR as it is, for tests that drive it over HTTP or in a browser. */
    public static WebArchive shipped() {
        File war = new File("target/ROOT.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/ROOT.war is missing: Arquillian tests run after 'mvn package'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The shipped WAR with the test-support package, for tests that run inside the server. Arquillian's
     * test runner servlet is opened up: the shipped web.xml sends every unknown visitor to the login page.
     */
    public static WebArchive withTestSupport() {
        WebArchive war = shipped().addPackages(true, Deployments.class.getPackage());
        String webXml = new String(readAll(war.get("WEB-INF/web.xml").getAsset()), StandardCharsets.UTF_8);
        String opened = webXml.replace("<url-pattern>/login</url-pattern>",
                "<url-pattern>/login</url-pattern>\n<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml no longer has the public /login pattern this helper extends");
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(opened));
    }

    private static byte[] readAll(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
