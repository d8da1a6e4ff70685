package nl.leerwerkplaats.notification.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.notification.entity.Notification;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.Links;
import nl.leerwerkplaats.platform.MailTexts;
import nl.leerwerkplaats.platform.Mailer;

/** In-app notifications, with an e-mail as well when SMTP is configured and the person has an address. */
@Stateless
public class Notifications {

    public static final int SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Inject
    Links links;

    /**
     * @param messageKey a message with one argument, {@code {0}}
     * @param link       the page it is about, from the context root ({@code /reflection/review?reflection=5})
     */
    public void notify(Account to, String messageKey, String argument, String link) {
        Account recipient = em.find(Account.class, to.getId());
        em.persist(new Notification(recipient, messageKey, argument, link, clock.instant()));
        if (recipient.getEmail() != null) {
            String text = MailTexts.get(messageKey, argument);
            mailer.send(recipient.getEmail(), text, MailTexts.get("mail.notification.body",
                    recipient.getDisplayName(), text, links.to(link)));
        }
    }

    public long unread(Account account) {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("account", em.find(Account.class, account.getId())).getSingleResult();
    }

    public List<Notification> latest(Account account) {
        return em.createNamedQuery(Notification.FIND_OF, Notification.class)
                .setParameter("account", em.find(Account.class, account.getId())).setMaxResults(SHOWN)
                .getResultList();
    }

    /** Marks one notification read and gives the page it is about; only its own recipient may open it. */
    public String open(Account account, Long id) {
        Notification notification = id == null ? null : em.find(Notification.class, id);
        if (notification == null || !notification.getAccount().getId().equals(account.getId())) {
            throw new AccessDenied("notification " + id);
        }
        notification.markRead(clock.instant());
        return notification.getLink();
    }

    public void markAllRead(Account account) {
        latest(account).forEach(n -> n.markRead(clock.instant()));
    }
}
