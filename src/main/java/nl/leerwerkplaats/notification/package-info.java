/**
 * Notifications: a counter in the header and a list, for a learner when feedback arrives and for reviewers when a
 * reflection is submitted; the same by e-mail when SMTP is configured and the person has an address.
 */
package nl.leerwerkplaats.notification;
