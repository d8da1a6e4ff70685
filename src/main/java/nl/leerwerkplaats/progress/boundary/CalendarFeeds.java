package nl.leerwerkplaats.progress.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.progress.control.ICalendar;
import nl.leerwerkplaats.progress.entity.CalendarFeed;

/** A learner's due dates as an iCal feed at a secret address, for Outlook, Google or Apple calendars. */
@Stateless
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Assignments assignments;

    /** The learner's feed, made on first use. */
    public CalendarFeed of(Account account) {
        Account learner = em.find(Account.class, account.getId());
        return em.createNamedQuery(CalendarFeed.FIND_OF_ACCOUNT, CalendarFeed.class).setParameter("account", learner)
                .getResultStream().findFirst().orElseGet(() -> {
                    CalendarFeed feed = new CalendarFeed(learner, newToken(), clock.instant());
                    em.persist(feed);
                    return feed;
                });
    }

    /** A new address; the old one stops working (the learner shared it by mistake). */
    public CalendarFeed renew(Account account) {
        CalendarFeed feed = of(account);
        feed.renew(newToken(), clock.instant());
        return feed;
    }

    /** The calendar for a feed token; empty for an unknown token. */
    public Optional<String> calendar(String token, String base) {
        if (token == null || token.length() < 20) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarFeed.FIND_BY_TOKEN, CalendarFeed.class).setParameter("token", token)
                .getResultStream().findFirst().map(feed -> {
                    List<ICalendar.Event> events = assignments.deadlinesOf(feed.getAccount()).stream()
                            .filter(d -> d.dueAt() != null).map(d -> new ICalendar.Event(
                                    "assignment-" + d.assignment().getId() + "@leerwerkplaats",
                                    d.assignment().getCourseModule().getCurrentVersion().getTitle(),
                                    d.assignment().getCohort().getName(),
                                    base + "/learning/module?id=" + d.assignment().getCourseModule().getModuleKey(),
                                    d.dueAt())).toList();
                    return ICalendar.write("Leerwerkplaats", events, clock.instant());
                });
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
