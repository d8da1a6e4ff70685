/**
 * Completion records professionals can prove: issued on module completion, impossible to fake, ready for SKJ.
 * <ul>
 * <li>R1 module.yaml's accreditation block (register, status, activity id, points, validity window) is checked:
 *     an accredited module needs all of them and a final test. A module that is not accredited gives study hours
 *     but no points.</li>
 * <li>R2 Completing a module version issues an immutable record in the same transaction: name, SKJ number,
 *     module title and version, provider, study hours (minutes / 60, one decimal), completion date in the
 *     platform's time zone, final-test score, accreditation and points (none outside the window, and it says so)
 *     and an unguessable 160-bit verification code. Content updates never change it; a newer version completed
 *     issues a new record.</li>
 * <li>R3 Anyone can check a code without an account, at /verify/{code} and GET /api/v1/verify/{code}: every field,
 *     valid or revoked with the reason, and the signature check; unknown codes are 404 "niet gevonden" and an
 *     address that guesses too often gets 429.</li>
 * <li>R4 An admin revokes a record with a reason; the audit log keeps who, when and why, and verification shows
 *     it at once.</li>
 * <li>R5 "Mijn certificaten": each record's PDF (all fields, a QR code to its verification page, the code) and
 *     its Open Badges 3.0 credential, signed as a VC-JWT (RS256) with the issuer key created at first start; the
 *     issuer profile and JWKS are public. Points per register in the current 5-year registration period.</li>
 * <li>R6 Admins export the records of a period as CSV for awarding points in Mijn SKJ.</li>
 * </ul>
 */
package nl.leerwerkplaats.certificate;
