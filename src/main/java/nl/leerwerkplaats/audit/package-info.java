/**
 * The audit log: who changed what, and when, for changes admins and lecturers make to other people's data.
 * Entries are written in the transaction of the change and never updated.
 */
package nl.leerwerkplaats.audit;
