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
 * <li>R11 Failed logins slow down guessing by growing delays, never a lockout: per account (from the 5th failure in a
 *     row 15 s, doubling to 15 minutes) and per client address (from LWP_LOGIN_ADDRESS_FAILURES failures 5 s,
 *     doubling to a minute); the address behind a trusted proxy is the one it forwards.</li>
 * <li>R12 A session ends after 30 minutes without requests (with a warning two minutes before, and a way to stay
 *     logged in) and at the latest 12 hours after login.</li>
 * </ul>
 */
package nl.leerwerkplaats.identity;
