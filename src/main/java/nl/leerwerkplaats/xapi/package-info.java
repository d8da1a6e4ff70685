/**
 * Learning records as xAPI 1.0.3 statements.
 * <ul>
 * <li>R1 Every learning event (lesson viewed, quiz attempted, answered, passed or failed, reflection submitted or
 *     approved, module completed) is stored as a statement in the event's own transaction: actor as an account
 *     under LWP_BASE_URL, ADL verbs, activity ids under the platform's URL, result with score, success,
 *     completion and duration.</li>
 * <li>R2 {@code GET /api/v1/xapi/statements} returns a StatementResult filtered by class, learner, verb and
 *     time, paged with {@code more}; only lecturers of the class and admins read it, anonymous callers get
 *     401.</li>
 * <li>R3 With LWP_LRS_* configured, statements are forwarded to an external LRS in the background with retries;
 *     the learner never waits for it.</li>
 * </ul>
 */
package nl.leerwerkplaats.xapi;
