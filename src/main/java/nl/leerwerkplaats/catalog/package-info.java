/**
 * Catalog: course modules from {@code modules-content/}, their versions and the public module list.
 * <ul>
 * <li>R1 One folder per module: module.yaml, lessons (Markdown), images, quizzes (GIFT) and reflections.</li>
 * <li>R2 Every content error is reported as {@code path:line: message}; a broken module is skipped and the
 *     valid ones load; bad content never stops the platform.</li>
 * <li>R3 A module is loaded as a version identified by the hash of its files; a reload without restart adds
 *     a version when content changed and never alters or removes an earlier one.</li>
 * <li>R4 Lessons are rendered with commonmark-java (tables, heading anchors) and sanitised; images are served
 *     from the module's version under {@code /modules/ID/VERSION/}; an image without alt text is an error.</li>
 * <li>R5 The content check ({@code mvn -q -Pcheck-content -Dcontent.dir=PATH}) exits 0 when valid, otherwise
 *     non-zero with one error a line, and writes JSON with {@code -Dcontent.json=FILE}.</li>
 * <li>R6 {@code GET /api/v1/modules} lists the current modules publicly as JSON.</li>
 * </ul>
 */
package nl.leerwerkplaats.catalog;
