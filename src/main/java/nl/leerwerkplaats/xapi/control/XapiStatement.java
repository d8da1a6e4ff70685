package nl.leerwerkplaats.xapi.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.leerwerkplaats.platform.Jsonp;

/**
 * An xAPI 1.0.3 statement about a learner, built as JSON for the platform's statement store and for an external
 * LRS. The builder checks what the specification requires (an actor, an object, a score in range), so a statement
 * an LRS would reject is refused here, where the mistake is made.
 */
public final class XapiStatement {

    public static final String VERSION = "1.0.3";
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private XapiStatement() {
    }

    /** @param timestamp when the experience happened, from the injected clock */
    public static Builder builder(UUID id, Verb verb, Instant timestamp) {
        return new Builder(id, verb, timestamp);
    }

    /** ISO 8601 in UTC with milliseconds, e.g. {@code 2026-11-30T14:05:00.123Z}; finer parts are truncated. */
    static String timestamp(Instant instant) {
        return MILLIS.format(instant);
    }

    private record Activity(String id, ActivityType type, String name, String language) {

        Activity {
            Objects.requireNonNull(id, "activity id");
            Objects.requireNonNull(type, "activity type");
            if (name != null) {
                Objects.requireNonNull(language, "the language of the activity's name");
            }
        }

        JsonObject json() {
            JsonObjectBuilder definition = Jsonp.object().add("type", type.id());
            if (name != null) {
                definition.add("name", Jsonp.object().add(language, name));
            }
            return Jsonp.object().add("objectType", "Activity").add("id", id).add("definition", definition)
                    .build();
        }
    }

    /** Collects a statement's parts; every setter returns the builder. */
    public static final class Builder {

        private final UUID id;
        private final Verb verb;
        private final Instant timestamp;
        private String homePage;
        private String accountName;
        private Activity activity;
        private final List<Activity> parents = new ArrayList<>();
        private JsonObject score;
        private Boolean success;
        private Boolean completion;
        private String response;
        private Duration duration;
        private UUID registration;
        private String platform;
        private String language;

        private Builder(UUID id, Verb verb, Instant timestamp) {
            this.id = Objects.requireNonNull(id, "id");
            this.verb = Objects.requireNonNull(verb, "verb");
            this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        }

        /** The learner as an Agent identified by an account on this platform, never by e-mail. */
        public Builder actor(String homePage, String accountName) {
            this.homePage = Objects.requireNonNull(homePage, "homePage");
            this.accountName = Objects.requireNonNull(accountName, "accountName");
            return this;
        }

        /** @param language the language tag of {@code name}, e.g. "nl-NL"; name may be null */
        public Builder activity(String id, ActivityType type, String name, String language) {
            this.activity = new Activity(id, type, name, language);
            return this;
        }

        /** A parent activity in the context, e.g. the module of a lesson; may be called more than once. */
        public Builder parent(String id, ActivityType type, String name, String language) {
            parents.add(new Activity(id, type, name, language));
            return this;
        }

        /**
         * @param scaled within -1..1
         * @param raw within min..max where those are given; null when there is none
         */
        public Builder score(double scaled, Double raw, Double min, Double max) {
            if (!(scaled >= -1 && scaled <= 1)) {
                throw new IllegalArgumentException("scaled score " + scaled + " is not within -1..1");
            }
            for (Double bound : new Double[] {raw, min, max}) {
                if (bound != null && !Double.isFinite(bound)) {
                    throw new IllegalArgumentException("score " + bound + " is not a number");
                }
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("score min " + min + " is above max " + max);
            }
            if (raw != null && (min != null && raw < min || max != null && raw > max)) {
                throw new IllegalArgumentException("raw score " + raw + " is not within " + min + ".." + max);
            }
            JsonObjectBuilder json = Jsonp.object().add("scaled", scaled);
            if (raw != null) {
                json.add("raw", raw);
            }
            if (min != null) {
                json.add("min", min);
            }
            if (max != null) {
                json.add("max", max);
            }
            this.score = json.build();
            return this;
        }

        public Builder success(boolean success) {
            this.success = success;
            return this;
        }

        public Builder completion(boolean completion) {
            this.completion = completion;
            return this;
        }

        public Builder response(String response) {
            this.response = response;
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = Objects.requireNonNull(duration, "duration");
            return this;
        }

        /** The attempt or enrolment this statement belongs to; optional. */
        public Builder registration(UUID registration) {
            this.registration = registration;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        /** The language the learner worked in, e.g. "nl-NL". */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * The statement as JSON. "authority" is left to the LRS that accepts it.
         *
         * @param stored when the statement was stored; null leaves it out, for an LRS that sets it itself
         * @throws IllegalStateException when the actor or the activity is missing
         */
        public JsonObject build(Instant stored) {
            if (homePage == null) {
                throw new IllegalStateException("a statement needs an actor");
            }
            if (activity == null) {
                throw new IllegalStateException("a statement needs an activity");
            }
            JsonObjectBuilder json = Jsonp.object()
                    .add("id", id.toString())
                    .add("actor", Jsonp.object().add("objectType", "Agent")
                            .add("account", Jsonp.object().add("homePage", homePage)
                                    .add("name", accountName)))
                    .add("verb", Jsonp.object().add("id", verb.id())
                            .add("display", Jsonp.object().add("en-US", verb.display())))
                    .add("object", activity.json());
            JsonObject result = result();
            if (!result.isEmpty()) {
                json.add("result", result);
            }
            JsonObject context = context();
            if (!context.isEmpty()) {
                json.add("context", context);
            }
            json.add("timestamp", timestamp(timestamp));
            if (stored != null) {
                json.add("stored", timestamp(stored));
            }
            return json.add("version", VERSION).build();
        }

        private JsonObject result() {
            JsonObjectBuilder result = Jsonp.object();
            if (score != null) {
                result.add("score", score);
            }
            if (success != null) {
                result.add("success", success);
            }
            if (completion != null) {
                result.add("completion", completion);
            }
            if (response != null) {
                result.add("response", response);
            }
            if (duration != null) {
                result.add("duration", XapiDuration.of(duration));
            }
            return result.build();
        }

        private JsonObject context() {
            JsonObjectBuilder context = Jsonp.object();
            if (registration != null) {
                context.add("registration", registration.toString());
            }
            if (!parents.isEmpty()) {
                JsonArrayBuilder parent = Jsonp.array();
                parents.forEach(activity -> parent.add(activity.json()));
                context.add("contextActivities", Jsonp.object().add("parent", parent));
            }
            if (platform != null) {
                context.add("platform", platform);
            }
            if (language != null) {
                context.add("language", language);
            }
            return context.build();
        }
    }
}
