package nl.leerwerkplaats.privacy.boundary;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.certificate.entity.CompletionRecord;
import nl.leerwerkplaats.cohort.entity.CohortMember;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.learning.entity.LessonView;
import nl.leerwerkplaats.learning.entity.ModuleStart;
import nl.leerwerkplaats.notification.entity.Notification;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.privacy.control.PersonalDataJson;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.vignette.entity.VignetteRating;
import nl.leerwerkplaats.xapi.entity.StoredStatement;

/**
 * Everything the platform stores about one account, as one JSON document: the learner's right of access and
 * data portability (AVG/GDPR articles 15 and 20). Only ever the caller's own account: the resource passes it.
 */
@Stateless
public class PersonalDataExport {

    /** Names the document's layout, so a reader can tell later versions apart. */
    public static final String FORMAT = "leerwerkplaats-personal-data/1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public JsonObject of(Account caller) {
        Account account = em.find(Account.class, caller.getId());
        return Jsonp.object()
                .add("format", FORMAT)
                .add("exportedAt", clock.instant().toString())
                .add("profile", PersonalDataJson.profile(account))
                .add("classMemberships", list(CohortMember.class, "joinedAt", account, PersonalDataJson::membership))
                .add("moduleStarts", list(ModuleStart.class, "startedAt", account, PersonalDataJson::moduleStart))
                .add("lessonViews", list(LessonView.class, "firstViewedAt", account, PersonalDataJson::lessonView))
                .add("quizAttempts", list(QuizAttempt.class, "startedAt", account, PersonalDataJson::attempt))
                .add("reflections", list(Reflection.class, "createdAt", account, PersonalDataJson::reflection))
                .add("vignetteRatings", list(VignetteRating.class, "ratedAt", account, PersonalDataJson::vignetteRating))
                .add("completionRecords", list(CompletionRecord.class, "completedAt", account,
                        PersonalDataJson::record))
                .add("xapiStatements", list(StoredStatement.class, "occurredAt", account,
                        statement -> PersonalDataJson.json(statement.getBody())))
                .add("notifications", list(Notification.class, "createdAt", account, PersonalDataJson::notification))
                .build();
    }

    /** Every row of an entity that belongs to the account (each has an {@code account}), oldest first. */
    private <T> JsonArrayBuilder list(Class<T> type, String orderBy, Account account,
                                      Function<T, JsonValue> json) {
        List<T> rows = em.createQuery("select e from " + type.getSimpleName() + " e where e.account = :account "
                + "order by e." + orderBy + ", e.id", type).setParameter("account", account).getResultList();
        JsonArrayBuilder array = Jsonp.array();
        rows.forEach(row -> array.add(json.apply(row)));
        return array;
    }
}
