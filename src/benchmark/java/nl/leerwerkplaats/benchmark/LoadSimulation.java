package nl.leerwerkplaats.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load benchmark (mvn verify -Pbenchmark-load). Phase "class": 200 learners arrive over two minutes and
 * each takes module 1's final test with 5-15 s of thinking between actions, while 5 lecturers reload the
 * class matrix. Then phases "satNNN": NNN learners at a time without thinking, each logging in and taking
 * the final test three times (the attempts it allows), at rising concurrency. A static file is fetched once
 * a second throughout as the baseline. All traffic goes to 127.0.0.1.
 */
public class LoadSimulation extends Simulation {

    private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    private final PlatformProcess platform;
    private final AtomicInteger classLearnersDone = new AtomicInteger();

    public LoadSimulation() throws Exception {
        Files.createDirectories(settings.dir());
        platform = PlatformProcess.start(settings.jar(), settings.basedir(), settings.dir(), settings.port(),
                settings.jvmOptions());
        ClassSetup.Prepared prepared;
        try {
            prepared = new ClassSetup(settings.base()).prepare(settings.learners(), settings.accounts());
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
        Iterator<Map<String, Object>> classAccounts = accounts(prepared.classLearners());
        Iterator<Map<String, Object>> accounts = accounts(prepared.others());
        HttpProtocolBuilder protocol = http.baseUrl(settings.base())
                .disableWarmUp()
                // Every response in full, the baseline's static file too: a conditional 304 would measure nothing.
                .disableCaching()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.5")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Leerwerkplaats load benchmark (Gatling)");

        Journeys inClass = new Journeys("class", settings.thinkMin(), settings.thinkMax(), settings.base());
        ScenarioBuilder learners = scenario("class learners").feed(classAccounts)
                .exitBlockOnFail().on(exec(inClass.logIn()).exec(inClass.takeFinalTest()))
                .exec(session -> {
                    classLearnersDone.incrementAndGet();
                    return session;
                });
        ScenarioBuilder lecturers = scenario("class lecturers")
                .exec(inClass.watchMatrix(prepared.classId(), this::classWorking));
        ScenarioBuilder classBaseline = scenario("class baseline")
                .asLongAs(session -> classWorking()).on(exec(inClass.staticBaseline()).pause(Duration.ofSeconds(1)));

        // Each level starts when the one before has ended: its learners, and the baseline beside them.
        List<Integer> levels = settings.levels();
        PopulationBuilder following = null;
        for (int i = levels.size() - 1; i >= 0; i--) {
            PopulationBuilder level = saturationLevel(levels.get(i), accounts);
            following = following == null ? level : level.andThen(following, saturationBaseline(levels.get(i + 1)));
        }
        PopulationBuilder classPhase = lecturers.injectOpen(atOnceUsers(settings.lecturers()));
        setUp(learners.injectOpen(rampUsers(settings.learners()).during(Duration.ofSeconds(120))),
                classBaseline.injectOpen(atOnceUsers(1)),
                following == null ? classPhase : classPhase.andThen(following, saturationBaseline(levels.get(0))))
                .protocols(protocol);
    }

    private boolean classWorking() {
        return classLearnersDone.get() < settings.learners();
    }

    private PopulationBuilder saturationLevel(int users, Iterator<Map<String, Object>> accounts) {
        Journeys busy = new Journeys(phase(users), Duration.ZERO, Duration.ZERO, settings.base());
        return scenario(phase(users) + " learners").feed(accounts)
                .exitBlockOnFail().on(exec(busy.logIn()).repeat(3).on(exec(busy.takeFinalTest())))
                .injectClosed(constantConcurrentUsers(users).during(settings.levelSeconds()));
    }

    private PopulationBuilder saturationBaseline(int users) {
        Journeys busy = new Journeys(phase(users), Duration.ZERO, Duration.ZERO, settings.base());
        return scenario(phase(users) + " baseline")
                .during(settings.levelSeconds()).on(exec(busy.staticBaseline()).pause(Duration.ofSeconds(1)))
                .injectOpen(atOnceUsers(1));
    }

    static String phase(int users) {
        return "sat%03d".formatted(users);
    }

    @Override
    public void after() {
        try {
            PlatformFigures.write(settings, platform, PhaseClock.spans());
            platform.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the platform or write its figures", e);
        }
    }

    private static Iterator<Map<String, Object>> accounts(List<ClassSetup.Learner> learners) {
        Iterator<ClassSetup.Learner> next = new ArrayList<>(learners).iterator();
        return new Iterator<>() {
            @Override
            public synchronized boolean hasNext() {
                return next.hasNext();
            }

            @Override
            public synchronized Map<String, Object> next() {
                ClassSetup.Learner learner = next.next();
                return Map.of("email", learner.email(), "password", learner.password());
            }
        };
    }
}
