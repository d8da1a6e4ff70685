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
 * </ul>
 */
package nl.leerwerkplaats.identity;
