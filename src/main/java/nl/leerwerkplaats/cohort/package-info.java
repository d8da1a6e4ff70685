/**
 * Cohorts: classes of students, teams of professionals and the open enrolment group.
 * <ul>
 * <li>R1 A lecturer creates a class (name, academic year) and gets a join code and link; students join with it.</li>
 * <li>R2 A lecturer adds co-lecturers, removes members, archives a class and rolls it over into a new one;
 *     only the class's lecturers and admins manage it, and a class keeps at least one lecturer.</li>
 * <li>R3 A lecturer imports students from CSV (name, e-mail, student number): a per-row report of what failed
 *     and why, nothing imported when any row fails; new students get an invitation link (mailed with SMTP,
 *     shown for printing without); a student who already has an account is asked to join (a notification with
 *     the join link), never enrolled by a list.</li>
 * <li>R4 The open enrolment group exists from the first start; self-registered professionals land in it; an
 *     admin names its reviewers.</li>
 * <li>R5 Learners see the classes they are in; nobody sees the members of a class they do not teach.</li>
 * </ul>
 */
package nl.leerwerkplaats.cohort;
