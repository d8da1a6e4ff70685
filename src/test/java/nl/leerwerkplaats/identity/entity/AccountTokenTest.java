package nl.leerwerkplaats.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.identity.control.OneTimeTokens;

/** R8: one-time links expire, work once, and are stored only as a hash. */
class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-23T10:00:00Z");

    private static AccountToken token(TokenPurpose purpose) {
        return new AccountToken(null, purpose, OneTimeTokens.hash("x"), ISSUED);
    }

    @ParameterizedTest
    @EnumSource(TokenPurpose.class)
    @DisplayName("R8: usable until just before the end of its validity, not from then on")
    void expires(TokenPurpose purpose) {
        AccountToken token = token(purpose);
        assertTrue(token.isUsable(purpose, ISSUED));
        assertTrue(token.isUsable(purpose, ISSUED.plus(purpose.validity()).minusNanos(1000)));
        assertFalse(token.isUsable(purpose, ISSUED.plus(purpose.validity())));
        assertEquals(ISSUED.plus(purpose.validity()), token.getExpiresAt());
    }

    @Test
    @DisplayName("R8: validity: invitation 14 days, reset 2 hours, verification 7 days")
    void validities() {
        assertEquals(Duration.ofDays(14), TokenPurpose.INVITATION.validity());
        assertEquals(Duration.ofHours(2), TokenPurpose.PASSWORD_RESET.validity());
        assertEquals(Duration.ofDays(7), TokenPurpose.EMAIL_VERIFICATION.validity());
    }

    @Test
    @DisplayName("R8: a used or revoked token, or one for another purpose, is not usable")
    void singleUseAndPurpose() {
        AccountToken used = token(TokenPurpose.PASSWORD_RESET);
        used.use(ISSUED.plusSeconds(60));
        assertFalse(used.isUsable(TokenPurpose.PASSWORD_RESET, ISSUED.plusSeconds(61)));

        AccountToken revoked = token(TokenPurpose.INVITATION);
        revoked.revoke(ISSUED.plusSeconds(5));
        assertFalse(revoked.isUsable(TokenPurpose.INVITATION, ISSUED.plusSeconds(6)));
        revoked.revoke(ISSUED.plusSeconds(9));
        assertEquals(ISSUED.plusSeconds(5), revoked.getUsedAt(), "revoking again keeps the first time");

        assertFalse(token(TokenPurpose.INVITATION).isUsable(TokenPurpose.PASSWORD_RESET, ISSUED));
    }

    @Test
    @DisplayName("R8: tokens are random, URL-safe, 256 bits; the stored hash is SHA-256 and differs from the token")
    void tokensAndHashes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = OneTimeTokens.generate();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
            assertEquals(64, OneTimeTokens.hash(token).length());
            assertNotEquals(token, OneTimeTokens.hash(token));
        }
        assertEquals(OneTimeTokens.hash("abc"), OneTimeTokens.hash("abc"));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OneTimeTokens.hash("abc"));
    }
}
