/**
 * The audit log: who changed what, and when, for changes admins and lecturers make to other people's data.
 * Entries are written in the transaction of the change and never updated.
 * <ul>
 * <li>R1 Features fire a {@code DataChange} event for every change an admin or lecturer makes: classes (created,
 *     staff added, member removed, archived, rolled over, join code, class list imported, nudged), assignments
 *     (created, rescheduled, removed, moved to the current version, extensions), quiz accommodations and marking,
 *     reflection reviews, accounts (created, changed by an admin, reset link), content reloads, record
 *     revocations. The entry names the actor (name copied), the action, the subject ({@code kind:id}) and a detail
 *     without learners' texts or secrets; a refused or rolled-back change leaves no entry.</li>
 * <li>R2 Admins read the log at /admin/audit, newest first, by period (the last 30 days by default) and by a word
 *     in actor, action, subject or detail; lecturers and learners get 403.</li>
 * </ul>
 */
package nl.leerwerkplaats.audit;
