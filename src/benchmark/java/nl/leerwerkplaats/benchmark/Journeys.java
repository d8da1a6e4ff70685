package nl.leerwerkplaats.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The requests a browser makes on the learner's and the lecturer's way through the platform: Faces forms
 * posted with their ViewState and the page's CSP nonce, the attempt page's autosave and submit as its script
 * sends them. Every request name starts with its phase, so each phase has its own figures.
 */
final class Journeys {

    static final String QUIZ = "eindtoets";

    private final String phase;
    private final Duration thinkMin;
    private final Duration thinkMax;
    private final String origin;

    /** Without thinking when thinkMax is zero. */
    Journeys(String phase, Duration thinkMin, Duration thinkMax, String origin) {
        this.phase = phase;
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        this.origin = origin;
    }

    /** Logs in with the session's email and password through the login form, as a browser posts it. */
    ChainBuilder logIn() {
        return exec(session -> {
            PhaseClock.now(phase);
            return session;
        }).exec(http(phase + " login page").get("/login").check(formOf("login")))
                .exec(thinkTime())
                .exec(postForm("login", "login", "submit")
                        .formParam("login:username", "#{email}")
                        .formParam("login:password", "#{password}")
                        .check(status().is(302), header("Location").saveAs("next")))
                .exec(http(phase + " dashboard").get("#{next}")
                        .check(status().is(200), regex("name=\"login:password\"").notExists()));
    }

    /** Opens module 1, reads its first lesson, takes the final test with every answer autosaved, submits, reads the result. */
    ChainBuilder takeFinalTest() {
        return exec(thinkTime())
                .exec(http(phase + " module page").get("/learning/module.xhtml?id=" + ClassSetup.MODULE)
                        .check(status().is(200), regex("lesson\\.xhtml\\?module=[^\"&]+&(?:amp;)?lesson=([^\"&]+)")
                                .saveAs("lesson")))
                .exec(thinkTime())
                .exec(http(phase + " lesson").get("/learning/lesson.xhtml?module=" + ClassSetup.MODULE + "&lesson=#{lesson}")
                        .check(status().is(200), css("article").exists()))
                .exec(thinkTime())
                .exec(http(phase + " quiz page").get("/quiz/quiz.xhtml?module=" + ClassSetup.MODULE + "&quiz=" + QUIZ)
                        .check(formOf("start-form")))
                .exec(thinkTime())
                .exec(postForm("start attempt", "start-form", "start")
                        .check(status().is(302), header("Location").saveAs("next")))
                .exec(http(phase + " attempt page").get("#{next}")
                        .check(status().is(200), css("#quiz-attempt", "data-api").saveAs("api"),
                                css("#quiz-attempt", "data-result").saveAs("result"),
                                bodyString().transform(AttemptAnswers::of).saveAs("saves")))
                .foreach("#{saves}", "save").on(exec(thinkTime()).exec(http(phase + " autosave")
                        .put(session -> session.getString("api") + "/slots/" + session.<AttemptAnswers.Save>get("save").slot())
                        .headers(jsonHeaders())
                        .body(StringBody(session -> session.<AttemptAnswers.Save>get("save").body(System.currentTimeMillis())))
                        .check(status().is(200))))
                .exec(thinkTime())
                .exec(http(phase + " submit").post("#{api}/submit").headers(jsonHeaders()).body(StringBody("{}"))
                        .check(status().is(200)))
                .exec(http(phase + " result page").get("#{result}").check(status().is(200), css("#score").exists()))
                .exec(session -> {
                    PhaseClock.now(phase);
                    return session.remove("saves");
                });
    }

    /** A lecturer reloading the class matrix for as long as the class works. */
    ChainBuilder watchMatrix(long classId, BooleanSupplier classWorking) {
        return exec(session -> session.set("email", ClassSetup.LECTURER).set("password", ClassSetup.LECTURER_PASSWORD))
                .exitBlockOnFail().on(exec(logIn())
                        .asLongAs(session -> classWorking.getAsBoolean()).on(exec(thinkTime()).exec(http(phase + " class matrix")
                                .get("/progress/class.xhtml?id=" + classId).check(status().is(200), css("#matrix").exists()))));
    }

    /** A static file of the same server: what the server costs without any of the platform's work. */
    ChainBuilder staticBaseline() {
        return exec(http(phase + " static baseline").get("/resources/css/leerwerkplaats.css").check(status().is(200)));
    }

    private ChainBuilder thinkTime() {
        return thinkMax.isZero() ? exec(session -> session) : pause(thinkMin, thinkMax);
    }

    private Map<String, String> jsonHeaders() {
        return Map.of("Content-Type", "application/json", "Accept", "application/json",
                "Origin", origin, "Sec-Fetch-Site", "same-origin");
    }

    /** A Faces form posted as a browser posts it: the button, the ViewState and nonce saved by formOf; no redirect followed. */
    private HttpRequestActionBuilder postForm(String request, String formId, String button) {
        return http(phase + " " + request).post("#{action}").disableFollowRedirect()
                .formParam(formId, formId)
                .formParam(formId + ":" + button, "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}");
    }

    /** The form's action, the page's ViewState and the CSP nonce PrimeFaces requires on every postback. */
    private static List<CheckBuilder> formOf(String formId) {
        return List.of(status().is(200),
                regex("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").transform(a -> a.replace("&amp;", "&"))
                        .saveAs("action"),
                regex("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .transform(v -> v.replace("&#58;", ":")).saveAs("viewState"),
                regex("<script[^>]*nonce=\"([^\"]+)\"").saveAs("nonce"));
    }

}
