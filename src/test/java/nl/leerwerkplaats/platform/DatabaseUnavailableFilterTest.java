package nl.leerwerkplaats.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A page or API call that cannot reach the database gets 503 with a short page in the visitor's language. */
class DatabaseUnavailableFilterTest {

    private static final RuntimeException OUTAGE = new PersistenceException(
            new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));

    /** What the filter wrote: status, headers and body. */
    private static final class Written {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
    }

    private static HttpServletRequest request(String uri, Locale... languages) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "";
                    case "getLocales" -> Collections.enumeration(List.of(languages));
                    default -> null;
                });
    }

    private static HttpServletResponse response(Written written) {
        PrintWriter writer = new PrintWriter(written.body);
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "setStatus" -> {
                        written.status = (int) args[0];
                        yield null;
                    }
                    case "setHeader" -> written.headers.put((String) args[0], (String) args[1]);
                    case "setContentType" -> written.headers.put("Content-Type", (String) args[0]);
                    case "getWriter" -> writer;
                    default -> null;
                });
    }

    private static Written filter(HttpServletRequest request, FilterChain chain) throws Exception {
        Written written = new Written();
        new DatabaseUnavailableFilter().doFilter(request, response(written), chain);
        return written;
    }

    @Test
    @DisplayName("A page: 503, Retry-After, a Dutch page without any trace of the exception")
    void pageIs503InDutch() throws Exception {
        Written written = filter(request("/learning/dashboard", Locale.forLanguageTag("nl-NL")), (req, res) -> {
            throw new ServletException(OUTAGE);
        });
        assertEquals(503, written.status);
        assertEquals(DatabaseUnavailableFilter.RETRY_AFTER_SECONDS, written.headers.get("Retry-After"));
        assertEquals("text/html", written.headers.get("Content-Type"));
        String page = written.body.toString();
        assertTrue(page.contains("<h1>De database is even niet bereikbaar</h1>"), page);
        assertFalse(page.contains("Exception") || page.contains("127.0.0.1") || page.contains("at nl."), page);
    }

    @Test
    @DisplayName("In English for a browser that prefers English; JSON for the API")
    void englishAndJson() throws Exception {
        Written page = filter(request("/", Locale.ENGLISH, Locale.forLanguageTag("nl")), (req, res) -> {
            throw OUTAGE;
        });
        assertTrue(page.body.toString().contains("The database is not reachable"), page.body.toString());
        Written api = filter(request("/api/v1/attempts/1/slots/1"), (req, res) -> {
            throw OUTAGE;
        });
        assertEquals(503, api.status);
        assertEquals("application/json", api.headers.get("Content-Type"));
        assertTrue(api.body.toString().contains("\"error\":\"database unavailable\""), api.body.toString());
    }

    @Test
    @DisplayName("Any other failure goes on to the error page unchanged; a working request is left alone")
    void otherFailuresPassThrough() throws Exception {
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> filter(request("/"), (req, res) -> {
            throw bug;
        })));
        assertEquals(200, filter(request("/"), (req, res) -> { }).status);
    }
}
