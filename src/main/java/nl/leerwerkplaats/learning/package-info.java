/**
 * Learning: what a learner reads. The catalog of modules, a module's page and its lessons.
 * <ul>
 * <li>R1 The catalog lists the current modules with study load, lessons and the learner's reading progress.</li>
 * <li>R2 A learner stays on the module version they started until they complete it; new starts get the
 *     newest version; what they did against an old version is kept.</li>
 * <li>R3 Opening a lesson records it as read for that learner, with first and last view time.</li>
 * <li>R4 A module page shows learning objectives and lessons in order with a mark for each lesson read;
 *     a lesson page has previous and next, and prints cleanly.</li>
 * </ul>
 */
package nl.leerwerkplaats.learning;
