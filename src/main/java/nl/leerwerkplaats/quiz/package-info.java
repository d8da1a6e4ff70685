/**
 * Quizzes: question banks in Moodle's GIFT format inside a module folder.
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
 * </ul>
 * Taking quizzes (attempts, autosave, result pages, item analysis) is not built yet: the grading rules are ready
 * for it.
 */
package nl.leerwerkplaats.quiz;
