package nl.leerwerkplaats.testsupport;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every test that drives the shipped WAR from outside shares: the deployment (the WAR as it ships) and
 * its base URL on loopback. Subclasses add {@code @ExtendWith(ArquillianExtension.class) @RunAsClient}.
 */
public abstract class ShippedWarClient {

    @ArquillianResource
    URL deployed;

    /** http://127.0.0.1:PORT/CONTEXT, without trailing slash. */
    protected String base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.shipped();
    }

    @BeforeEach
    void loopback() {
        base = Loopback.of(deployed);
    }

    /** HTTP requests in the browser's session, for downloads the browser would save to disk. */
    protected WebSession sessionOf(org.openqa.selenium.WebDriver driver) {
        return new WebSession(base).header("Cookie", "JSESSIONID="
                + driver.manage().getCookieNamed("JSESSIONID").getValue());
    }

    /** A session of a demo account (password "demo"), logged in through the login form. */
    protected WebSession loggedIn(String username) {
        WebSession session = new WebSession(base);
        int status = session.logIn(username, "demo").statusCode();
        if (status != 302) {
            throw new AssertionError(username + " could not log in: HTTP " + status);
        }
        return session;
    }
}
