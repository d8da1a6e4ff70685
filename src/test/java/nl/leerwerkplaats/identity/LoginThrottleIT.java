package nl.leerwerkplaats.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.leerwerkplaats.testsupport.ShippedWarClient;
import nl.leerwerkplaats.testsupport.WebSession;

/**
 * identity R11 over HTTP: growing delays per account and per address. The tests run with 127.0.0.1 as trusted
 * proxy and 20 free failures per address (arquillian.xml), and claim client addresses from the documentation
 * ranges in X-Forwarded-For (a header only; all traffic stays on loopback).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT extends ShippedWarClient {

    private static final String FAILED = "Onbekende combinatie van gebruikersnaam en wachtwoord";
    private static final String THROTTLED = "Te veel mislukte pogingen. Wacht ";

    private WebSession from(String address) {
        return new WebSession(base).header("X-Forwarded-For", address);
    }

    @Test
    @DisplayName("identity R11: after 5 wrong passwords an account waits, from every address, even with the right one")
    void accountWaitsAfterFiveFailures() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = from("198.51.100.1").logIn("demo-professional", "wrong-" + attempt);
            assertTrue(wrong.body().contains(FAILED), "attempt " + attempt + " is checked normally");
        }
        HttpResponse<String> right = from("198.51.100.1").logIn("demo-professional", "demo");
        assertEquals(200, right.statusCode(), "no login while the account waits");
        assertTrue(right.body().contains(THROTTLED), right.body());
        assertTrue(right.body().matches("(?s).*Wacht (1[0-5]|[1-9]) seconden.*"), "says how long: " + right.body());

        HttpResponse<String> elsewhere = from("198.51.100.2").logIn("DEMO-PROFESSIONAL", "demo");
        assertTrue(elsewhere.body().contains(THROTTLED), "the account waits whatever the address and case");

        assertEquals(302, from("198.51.100.1").logIn("demo-student-2", "demo").statusCode(),
                "another account from the same address is not held up");
    }

    @Test
    @DisplayName("identity R11: an address waits after its free failures; other addresses are not held up")
    void addressWaitsAfterItsFreeFailures() {
        for (int attempt = 1; attempt <= 20; attempt++) {
            HttpResponse<String> unknown = from("203.0.113.9").logIn("nobody-" + attempt + "-" + System.nanoTime(),
                    "guess");
            assertTrue(unknown.body().contains(FAILED), "failure " + attempt + " of the room is free");
        }
        HttpResponse<String> held = from("203.0.113.9").logIn("demo-student-3", "demo");
        assertTrue(held.body().contains(THROTTLED), held.body());
        assertFalse(held.headers().firstValue("Location").isPresent());

        assertEquals(302, from("203.0.113.10").logIn("demo-student-3", "demo").statusCode(),
                "the same account from another address logs in");
    }

    @Test
    @DisplayName("identity R11: the address a client claims itself is not believed; the peer's address counts")
    void forwardedForFromUntrustedPeerIgnored() {
        // 127.0.0.1 is trusted here, so a client must go through the proxy to claim an address: a chain with the
        // claimed address first and the proxy's own view of the client last. The last untrusted hop counts.
        for (int attempt = 1; attempt <= 20; attempt++) {
            from("203.0.113.50, 192.0.2.77").logIn("nobody-else-" + attempt + "-" + System.nanoTime(), "guess");
        }
        assertTrue(from("203.0.113.51, 192.0.2.77").logIn("demo-docent", "demo").body().contains(THROTTLED),
                "a new claimed address before the real one does not escape");
        assertEquals(302, from("192.0.2.78").logIn("demo-docent", "demo").statusCode());
    }
}
