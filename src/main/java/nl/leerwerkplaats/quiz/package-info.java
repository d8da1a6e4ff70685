/**
 * Quizzes: question banks in Moodle's GIFT format inside a module folder, and learners' attempts at them.
 * <ul>
 * <li>R1 Every GIFT construct Moodle's importer accepts is read with Moodle's semantics; where GIFT is ambiguous
 *     the tests name what Moodle does.</li>
 * <li>R2 A malformed question is an error {@code path:line: message} naming the question; it never silently
 *     becomes another type.</li>
 * <li>R3 A quiz is written back to GIFT that reads back to equal questions.</li>
 * <li>R4 Quiz settings (pass mark, attempts, time limit, shuffling, draws per category, feedback timing, final
 *     test) come from module.yaml; the content check validates them against the GIFT file.</li>
 * <li>R5 Answers are graded by Moodle's rules: partial credit, negative weights floored at zero per question,
 *     numerical tolerance, case-insensitive short answers with wildcards; essays wait for a lecturer's mark.</li>
 * <li>R6 Starting an attempt stores its drawn questions and answer order and pins the module version; a running
 *     attempt resumes.</li>
 * <li>R7 Every answer is saved as it is given and survives reload, closed tab, expired session and server restart
 *     (autosave endpoint plus a browser buffer); an older save never overwrites a newer one.</li>
 * <li>R8 The time limit is enforced on the server; a submit grades exactly once, also from two tabs at once.</li>
 * <li>R9 The result page shows score, verdict and feedback per question; right answers once the learner passed
 *     or has no attempt left.</li>
 * <li>R10 Lecturers preview quizzes without counting, grant their learners extra attempts and time, mark essays,
 *     and read the item analysis (per class or all, as CSV too); nobody else can.</li>
 * </ul>
 */
package nl.leerwerkplaats.quiz;
