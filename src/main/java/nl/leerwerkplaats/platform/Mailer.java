package nl.leerwerkplaats.platform;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through Jakarta Mail when LWP_SMTP_HOST is set. Sending happens on the server's managed executor,
 * so a slow or absent mail server never holds up a page; failures are logged.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "lwp.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "lwp.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "lwp.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "lwp.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "lwp.smtp.from", defaultValue = "leerwerkplaats@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "lwp.smtp.starttls", defaultValue = "true")
    boolean startTls;

    @Resource
    ManagedExecutorService executor;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Queues a plain-text mail; returns at once. Does nothing (but log) when no SMTP server is configured. */
    public void send(String to, String subject, String text) {
        if (!isConfigured()) {
            LOG.fine(() -> "No SMTP configured; not sending '" + subject + "' to " + to);
            return;
        }
        executor.execute(() -> deliver(to, subject, text));
    }

    private void deliver(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send '" + subject + "' to " + to + ": " + e.getMessage(), e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
