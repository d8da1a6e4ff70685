package nl.leerwerkplaats.privacy.control;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import nl.leerwerkplaats.catalog.entity.ModuleVersion;
import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.Role;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.learning.entity.ModuleStart;
import nl.leerwerkplaats.notification.entity.Notification;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/**
 * One learner's stored data as JSON, part by part, for the download of one's own data (AVG/GDPR, right of access
 * and data portability). Times are ISO-8601 in UTC; missing values are {@code null}, so every field is named.
 */
public final class PersonalDataJson {

    private PersonalDataJson() {
    }

    public static JsonObject profile(Account account) {
        return new Fields()
                .put("id", account.getId())
                .put("username", account.getUsername())
                .put("name", account.getDisplayName())
                .put("email", account.getEmail())
                .put("emailVerified", account.isEmailVerified())
                .put("roles", roles(account))
                .put("createdAt", account.getCreatedAt())
                .put("lastLoginAt", account.getLastLoginAt())
                .put("skjNumber", account.getSkjNumber())
                .put("skjRegistrationStart", account.getSkjRegistrationStart())
                .build();
    }

    public static JsonObject membership(CohortMember member) {
        return new Fields()
                .put("class", member.getCohort().getName())
                .put("academicYear", member.getCohort().getAcademicYear())
                .put("role", member.getMemberRole().name().toLowerCase(java.util.Locale.ROOT))
                .put("studentNumber", member.getStudentNumber())
                .put("joinedAt", member.getJoinedAt())
                .put("removedAt", member.getRemovedAt())
                .build();
    }

    public static JsonObject moduleStart(ModuleStart start) {
        return module(start.getModuleVersion())
                .put("startedAt", start.getStartedAt())
                .put("completedAt", start.getCompletedAt())
                .put("supersededAt", start.getSupersededAt())
                .build();
    }

    /** A judgement of a case: the scale point and first step by number, as the module's vignettes.yaml lists them. */
    public static JsonObject vignetteRating(nl.leerwerkplaats.vignette.entity.VignetteRating rating) {
        return module(rating.getModuleVersion())
                .put("vignette", rating.getVignetteKey())
                .put("round", rating.getMoment().key())
                .put("scalePoint", rating.getScalePoint())
                .put("firstStep", rating.getFirstStep())
                .put("ratedAt", rating.getRatedAt())
                .build();
    }

    public static JsonObject lessonView(LessonView view) {
        return module(view.getLesson().getModuleVersion())
                .put("lesson", view.getLesson().getLessonKey())
                .put("lessonTitle", view.getLesson().getTitle())
                .put("firstViewedAt", view.getFirstViewedAt())
                .put("lastViewedAt", view.getLastViewedAt())
                .put("viewCount", view.getViewCount())
                .build();
    }

    public static JsonObject attempt(QuizAttempt attempt) {
        var answers = Jsonp.array();
        for (AttemptSlot slot : attempt.getSlots()) {
            answers.add(new Fields()
                    .put("slot", slot.getSlot())
                    .put("questionIndex", slot.getQuestionIndex())
                    .put("response", json(slot.getResponse()))
                    .put("savedAt", slot.getSavedAt())
                    .put("fraction", slot.getFraction())
                    .put("gradeStatus", slot.getGradeStatus() == null ? null : slot.getGradeStatus().name())
                    .put("feedback", slot.getFeedback())
                    .put("markerComment", slot.getMarkerComment())
                    .put("markedAt", slot.getMarkedAt())
                    .build());
        }
        return module(attempt.getModuleVersion())
                .put("quiz", attempt.getQuizKey())
                .put("attemptNumber", attempt.getAttemptNumber())
                .put("state", attempt.getState().name())
                .put("startedAt", attempt.getStartedAt())
                .put("submittedAt", attempt.getSubmittedAt())
                .put("points", attempt.getPoints())
                .put("maxPoints", attempt.getMaxPoints())
                .put("scorePercent", attempt.getScorePercent())
                .put("passed", attempt.getPassed())
                .put("answers", answers.build())
                .build();
    }

    public static JsonObject reflection(Reflection reflection) {
        var versions = Jsonp.array();
        for (ReflectionVersion version : reflection.getVersions()) {
            versions.add(new Fields()
                    .put("number", version.getNumber())
                    .put("submittedAt", version.getSubmittedAt())
                    .put("texts", texts(version.getTexts()))
                    .put("decision", version.getDecision() == null ? null : version.getDecision().name())
                    .put("feedback", version.getFeedback())
                    .put("rubricPoints", version.getRubricPoints())
                    .put("rubricMax", version.getRubricMax())
                    .put("reviewedAt", version.getReviewedAt())
                    .build());
        }
        return module(reflection.getModuleVersion())
                .put("assignment", reflection.getAssignmentKey())
                .put("status", reflection.getStatus().name())
                .put("createdAt", reflection.getCreatedAt())
                .put("draftSavedAt", reflection.getDraftSavedAt())
                .put("textsRemovedAt", reflection.getTextsRemovedAt())
                .put("draft", texts(reflection.getDraft()))
                .put("versions", versions.build())
                .build();
    }

    public static JsonObject record(CompletionRecord record) {
        var data = record.getData();
        return new Fields()
                .put("code", record.getCode())
                .put("learnerName", data.learnerName())
                .put("registrationNumber", data.registrationNumber())
                .put("module", data.moduleKey())
                .put("moduleTitle", data.moduleTitle())
                .put("version", data.moduleVersion())
                .put("completedAt", data.completedAt())
                .put("completionDate", data.completionDate())
                .put("studyHours", data.studyHours().toPlainString())
                .put("finalScore", data.finalScore())
                .put("points", data.points())
                .put("issuedAt", record.getIssuedAt())
                .put("revokedAt", record.getRevokedAt())
                .put("revocationReason", record.getRevocationReason())
                .put("openBadgeJwt", record.getCredentialJwt())
                .build();
    }

    public static JsonObject notification(Notification notification) {
        return new Fields()
                .put("message", notification.getMessageKey())
                .put("argument", notification.getArgument())
                .put("link", notification.getLink())
                .put("createdAt", notification.getCreatedAt())
                .put("readAt", notification.getReadAt())
                .build();
    }

    /** A stored JSON text as JSON; text that does not parse stays a string, so nothing is left out. */
    public static JsonValue json(String stored) {
        if (stored == null) {
            return JsonValue.NULL;
        }
        try (var reader = Jsonp.reader(new StringReader(stored))) {
            return reader.readValue();
        } catch (JsonException notJson) {
            return Jsonp.array().add(stored).build().get(0);
        }
    }

    private static JsonValue roles(Account account) {
        var roles = Jsonp.array();
        account.getRoles().stream().map(Role::roleName).sorted().forEach(roles::add);
        return roles.build();
    }

    private static Fields module(ModuleVersion version) {
        return new Fields().put("module", version.getModuleKey()).put("moduleTitle", version.getTitle())
                .put("version", version.getLabel());
    }

    private static JsonValue texts(Map<String, String> texts) {
        JsonObjectBuilder json = Jsonp.object();
        new TreeMap<>(texts).forEach(json::add);
        return json.build();
    }

    /** An object builder that writes null for a missing value instead of failing. */
    private static final class Fields {

        private final JsonObjectBuilder builder = Jsonp.object();

        JsonObject build() {
            return builder.build();
        }

        Fields put(String name, Object value) {
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof JsonValue json) {
                builder.add(name, json);
            } else if (value instanceof Boolean bool) {
                builder.add(name, bool);
            } else if (value instanceof Integer number) {
                builder.add(name, number);
            } else if (value instanceof Long number) {
                builder.add(name, number);
            } else if (value instanceof Double number) {
                builder.add(name, number);
            } else {
                // Instants, dates and text: ISO-8601 is what toString gives for the former.
                builder.add(name, value.toString());
            }
            return this;
        }
    }
}
