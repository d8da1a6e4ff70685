package nl.leerwerkplaats.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser-like HTTP session against the platform (cookies kept, redirects not followed), for tests
 * of headers, status codes and access rules where a real browser adds nothing. Cookies are kept by hand,
 * also Secure ones: a test may pose as a browser behind an HTTPS proxy while talking plain HTTP.
 */
public final class WebSession {

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final HttpClient client;

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A header sent with every request of this session. */
    public WebSession header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A download, such as a PDF, as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON request, as the attempt page's script sends it. */
    public HttpResponse<String> json(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Logs in through the Faces login form as a browser would. */
    public HttpResponse<String> logIn(String username, String password) {
        return submit(get("/login").body(), "login",
                Map.of("login:username", username, "login:password", password, "login:submit", ""));
    }

    /** Submits a Faces form of a page (non-AJAX): its action URL and ViewState, plus the given fields. */
    public HttpResponse<String> submit(String html, String formId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState(html, formId));
        // PrimeFaces' CSP script adds the page's nonce to every postback and rejects one without it.
        Matcher nonce = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"").matcher(html);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(html);
        if (!action.find()) {
            throw new IllegalStateException("No action for form " + formId);
        }
        String path = URI.create(base).getPath();
        return post(action.group(1).replace("&amp;", "&").substring(path.length()), form);
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(cookies.get("JSESSIONID"));
    }

    /** The session cookie a response sets, with its attributes, if it sets one. */
    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    /** The ViewState of the form with the given id in a Faces page. */
    public static String viewState(String html, String formId) {
        int form = html.indexOf("id=\"" + formId + "\"");
        if (form < 0) {
            throw new IllegalStateException("No form " + formId + " in page:\n" + html);
        }
        Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(html.substring(form));
        if (!matcher.find()) {
            throw new IllegalStateException("No ViewState in form " + formId);
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<T> response = client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
