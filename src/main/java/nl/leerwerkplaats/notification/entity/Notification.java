package nl.leerwerkplaats.notification.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.platform.BaseEntity;

/**
 * Something the platform tells one person in the app: a message key with one argument (shown in the reader's
 * language) and the page it is about.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FIND_OF, query = "select n from Notification n where n.account = :account "
        + "order by n.createdAt desc")
@NamedQuery(name = Notification.COUNT_UNREAD, query = "select count(n) from Notification n "
        + "where n.account = :account and n.readAt is null")
public class Notification extends BaseEntity {

    public static final String FIND_OF = "Notification.findOf";
    public static final String COUNT_UNREAD = "Notification.countUnread";

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(nullable = false, length = 300)
    private String argument;

    @Column(nullable = false, length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(Account account, String messageKey, String argument, String link, Instant createdAt) {
        this.account = account;
        this.messageKey = messageKey;
        this.argument = argument.length() <= 300 ? argument : argument.substring(0, 299) + "…";
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Account getAccount() {
        return account;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArgument() {
        return argument;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
