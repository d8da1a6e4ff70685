package nl.leerwerkplaats.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** identity R12: the absolute session limit, with the servlet objects played by small stand-ins. */
class SessionLifetimeFilterTest {

    private static final Instant LOGIN = Instant.parse("2026-12-01T08:00:00Z");

    private final Map<String, Object> attributes = new HashMap<>();
    private final Map<String, Object> response = new HashMap<>();
    private final StringWriter body = new StringWriter();
    private boolean invalidated;
    private boolean loggedOut;
    private boolean passedOn;

    private SessionLifetimeFilter filterAt(Instant now) {
        SessionLifetimeFilter filter = new SessionLifetimeFilter();
        filter.maxHours = 12;
        filter.clock = Clock.fixed(now, ZoneOffset.UTC);
        return filter;
    }

    private void request(Instant now, String method, String uri, boolean loggedIn) throws Exception {
        passedOn = false;
        HttpSession session = stub(HttpSession.class, (name, args) -> switch (name) {
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "invalidate" -> invalidated = true;
            default -> null;
        });
        HttpServletRequest request = stub(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getSession" -> session;
            case "getUserPrincipal" -> loggedIn && !loggedOut ? (Principal) () -> "anna" : null;
            case "logout" -> loggedOut = true;
            case "getMethod" -> method;
            case "getRequestURI" -> uri;
            case "getQueryString" -> uri.contains("lesson") ? "id=7" : null;
            case "getContextPath" -> "";
            default -> null;
        });
        HttpServletResponse servletResponse = stub(HttpServletResponse.class, (name, args) -> switch (name) {
            case "sendRedirect" -> response.put("redirect", args[0]);
            case "setStatus" -> response.put("status", args[0]);
            case "getWriter" -> new PrintWriter(body, true);
            default -> null;
        });
        filterAt(now).doFilter(request, servletResponse, (req, res) -> passedOn = true);
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Object value = answer.apply(method.getName(), args == null ? new Object[0] : args);
                    return method.getReturnType() == boolean.class ? Boolean.TRUE.equals(value) : value;
                });
    }

    @Test
    @DisplayName("the first request after login notes the moment; requests within 12 hours pass")
    void notedAndPassedWithinLimit() throws Exception {
        request(LOGIN, "GET", "/learning/dashboard", true);
        assertEquals(LOGIN, attributes.get(SessionLifetimeFilter.LOGGED_IN_AT));
        request(LOGIN.plus(Duration.ofHours(12)).minusSeconds(1), "GET", "/learning/dashboard", true);
        assertTrue(passedOn);
        assertFalse(invalidated);
    }

    @Test
    @DisplayName("12 hours after login the session ends, and a page asks for a login and returns to it after")
    void pageAfterLimitLogsOut() throws Exception {
        request(LOGIN, "GET", "/learning/dashboard", true);
        request(LOGIN.plus(Duration.ofHours(12)), "GET", "/learning/lesson", true);
        assertFalse(passedOn, "the request does not reach the page");
        assertTrue(invalidated && loggedOut);
        assertEquals("/learning/lesson?id=7", response.get("redirect"));
    }

    @Test
    @DisplayName("a form post after the limit goes to the start page; an API call gets 401")
    void postAndApiAfterLimit() throws Exception {
        request(LOGIN, "GET", "/", true);
        request(LOGIN.plus(Duration.ofHours(13)), "POST", "/classes/class", true);
        assertEquals("/", response.get("redirect"));

        attributes.put(SessionLifetimeFilter.LOGGED_IN_AT, LOGIN);
        loggedOut = false;
        response.clear();
        request(LOGIN.plus(Duration.ofHours(13)), "PUT", "/api/v1/attempts/3/slots/1", true);
        assertEquals(401, response.get("status"));
        assertNull(response.get("redirect"));
        assertTrue(body.toString().contains("log in again"));
    }

    @Test
    @DisplayName("anonymous visitors are not counted")
    void anonymousPasses() throws Exception {
        request(LOGIN.plus(Duration.ofDays(3)), "GET", "/login", false);
        assertTrue(passedOn);
        assertNull(attributes.get(SessionLifetimeFilter.LOGGED_IN_AT));
    }
}
