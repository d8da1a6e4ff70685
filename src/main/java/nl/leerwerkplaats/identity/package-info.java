/**
 * Identity: accounts, roles, login and logout.
 * <ul>
 * <li>R1 Accounts log in with user name or e-mail and a password stored as a PBKDF2 hash.</li>
 * <li>R2 A wrong user name or password gets one Dutch message that does not reveal whether the account exists.</li>
 * <li>R3 The session id changes at login; logout ends the session.</li>
 * <li>R4 Roles student, lecturer, professional and admin; every page but login and public ones needs login;
 *     a non-admin opening an admin page gets 403.</li>
 * <li>R5 The first start creates {@code admin} with LWP_ADMIN_PASSWORD or a random password printed once.</li>
 * <li>R6 Demo mode creates one demo account per role, idempotently.</li>
 * <li>R7 New passwords have 10 to 128 characters and are neither a common password (also with digits or
 *     punctuation after it) nor contain the user name or the e-mail address's local part.</li>
 * <li>R8 One-time links (invitation 14 days, password reset 2 hours, e-mail verification 7 days) work once; only
 *     their hash is stored; a new link of a kind replaces the older one.</li>
 * <li>R9 "Forgot password" gives the same answer whether or not the address has an account.</li>
 * <li>R10 An admin searches, creates, edits and deactivates accounts, changes roles (the account and its history
 *     stay) and makes reset links.</li>
 * </ul>
 */
package nl.leerwerkplaats.identity;
