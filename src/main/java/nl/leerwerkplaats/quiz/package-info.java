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
 * </ul>
 * Taking quizzes (attempts, autosave, grading, item analysis) is not built yet.
 */
package nl.leerwerkplaats.quiz;
