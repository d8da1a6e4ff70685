/**
 * Case vignettes ("Wat is ieders normaal?"): learners calibrate their judgement of everyday situations against their
 * class.
 * <ul>
 * <li>R1 A module may hold a vignette set ({@code vignettes.yaml}): cases from practice, one scale for all, an
 * optional "what would you do first" per case and a reasoning; the content check validates it (errors with file and
 * line) and lists it in its JSON.</li>
 * <li>R2 A learner judges each case at the start of the module (until every lesson is read) and again at its end
 * (once every lesson is read or the module is completed); an answer is final and is followed by the reasoning; the
 * learner sees their own shift per case.</li>
 * <li>R3 A learner sees their class's spread of a case and round only once at least five classmates answered it.</li>
 * <li>R4 The lecturers and reviewers of a class, and admins, see per case the class's spread before and after and
 * the shift of learners who answered both (from five answers), as charts and tables and in a projector view;
 * nobody else does. Admins see the spreads across classes, classes numbered, not named.</li>
 * <li>R5 The spreads are exported as CSV, counts only, per class (its staff) or across classes (admins).</li>
 * </ul>
 */
package nl.leerwerkplaats.vignette;
