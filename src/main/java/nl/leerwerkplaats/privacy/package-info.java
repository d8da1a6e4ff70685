/**
 * Privacy (AVG/GDPR): what the platform keeps about people, and their rights over it.
 * <ul>
 * <li>R1 A privacy statement (/privacy, public, Dutch and English) says which data is kept, why, how long, who sees
 *     it and which rights there are; registering and joining a class require ticking that it was read.</li>
 * <li>R2 Anyone logged in downloads all their own data as one JSON file ({@code GET /api/v1/me/export}, the
 *     profile page's "Mijn gegevens downloaden"): profile, class memberships, module starts and lessons read, quiz
 *     attempts with answers and scores, reflections with every version and the feedback, completion records with
 *     the signed badge, xAPI statements and notifications; never anyone else's.</li>
 * <li>R3 An admin anonymises a learner after confirming: name, e-mail, user name, SKJ registration and student
 *     numbers go, login is disabled, one-time links, calendar address and notifications are deleted and reflection
 *     texts removed; attempts, scores and progress stay for the class statistics. Completion records stay
 *     verifiable by code and signature, showing "naam verwijderd op verzoek". The audit log records who and when,
 *     without the removed data.</li>
 * <li>R4 With {@code LWP_REFLECTION_RETENTION_DAYS} set, a nightly timer removes the reflection texts of learners
 *     whose classes were all archived longer ago than that; the reflections' statuses stay.</li>
 * </ul>
 */
package nl.leerwerkplaats.privacy;
