package nl.leerwerkplaats.notification.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.notification.boundary.Notifications;
import nl.leerwerkplaats.notification.entity.Notification;

/** Backs the header's counter and notifications.xhtml: the latest notifications, opening one marks it read. */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    Notifications notifications;

    @Inject
    CurrentAccount currentAccount;

    private Long unread;
    private List<Notification> latest;

    public long getUnread() {
        if (unread == null) {
            unread = currentAccount.find().map(notifications::unread).orElse(0L);
        }
        return unread;
    }

    public List<Notification> getLatest() {
        if (latest == null) {
            latest = notifications.latest(currentAccount.get());
        }
        return latest;
    }

    public String open(Long id) {
        String link = notifications.open(currentAccount.get(), id);
        return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public String markAllRead() {
        notifications.markAllRead(currentAccount.get());
        return "/notifications?faces-redirect=true";
    }
}
