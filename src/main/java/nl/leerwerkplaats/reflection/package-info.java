/**
 * Reflection assignments: learners write, reviewers give feedback, learners revise.
 * <ul>
 * <li>R1 An assignment lives in the module folder (YAML settings, Markdown prompt): sections with guiding
 *     questions (the SKJ three-dimension template), word limits, an optional rubric, whether approval is needed;
 *     the content check validates it and lists it in its JSON.</li>
 * <li>R2 The draft is saved while typing, on leaving a field and on demand, through an endpoint plus a browser
 *     buffer that survives an expired view or session, a closed tab and a server restart.</li>
 * <li>R3 Two tabs on one draft never overwrite each other silently: a save names the revision it started from.</li>
 * <li>R4 Submitting checks the word limits per section and locks the version; every version is kept; after "needs
 *     revision" the learner revises and resubmits; both sides see what changed between versions.</li>
 * <li>R5 Reviewers (the learner's class lecturers, the open group's reviewers, admins) work from a queue, oldest
 *     first, score the rubric, write feedback and decide; a class's reflections download as one offline file.</li>
 * <li>R6 Only the learner, their class's lecturers or reviewers and admins read a reflection; text is plain and
 *     always escaped, so no script in a reflection runs in another user's browser.</li>
 * </ul>
 */
package nl.leerwerkplaats.reflection;
