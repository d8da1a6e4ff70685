package nl.leerwerkplaats.learning.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.catalog.entity.Lesson;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/** A learner read a lesson: when first, when last, how often. */
@Entity
@Table(name = "lesson_view")
@NamedQuery(name = LessonView.FIND, query = "select v from LessonView v where v.account = :account and v.lesson = :lesson")
@NamedQuery(name = LessonView.FIND_IN_VERSION, query = "select v from LessonView v where v.account = :account "
        + "and v.lesson.moduleVersion = :version")
public class LessonView extends BaseEntity {

    public static final String FIND = "LessonView.find";
    public static final String FIND_IN_VERSION = "LessonView.findInVersion";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(name = "first_viewed_at", nullable = false)
    private Instant firstViewedAt;

    @Column(name = "last_viewed_at", nullable = false)
    private Instant lastViewedAt;

    @Column(name = "view_count", nullable = false)
    private int viewCount;

    protected LessonView() {
        // for JPA
    }

    public LessonView(Account account, Lesson lesson, Instant at) {
        this.account = account;
        this.lesson = lesson;
        this.firstViewedAt = at;
        this.lastViewedAt = at;
        this.viewCount = 1;
    }

    public void viewedAgain(Instant at) {
        lastViewedAt = at;
        viewCount++;
    }

    public Account getAccount() {
        return account;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Instant getFirstViewedAt() {
        return firstViewedAt;
    }

    public Instant getLastViewedAt() {
        return lastViewedAt;
    }

    public int getViewCount() {
        return viewCount;
    }
}
