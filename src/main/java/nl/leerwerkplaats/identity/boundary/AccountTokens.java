package nl.leerwerkplaats.identity.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerwerkplaats.identity.control.OneTimeTokens;
import nl.leerwerkplaats.identity.entity.Account;
import nl.leerwerkplaats.identity.entity.AccountToken;
import nl.leerwerkplaats.identity.entity.TokenPurpose;

/** Issues and redeems one-time links: single use, expiring, and a new link replaces the older one. */
@Stateless
public class AccountTokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return the token for the link; only its hash is stored */
    public String issue(Account account, TokenPurpose purpose) {
        Account owner = em.find(Account.class, account.getId());
        em.createNamedQuery(AccountToken.FIND_OPEN, AccountToken.class)
                .setParameter("account", owner).setParameter("purpose", purpose)
                .getResultList().forEach(old -> old.revoke(clock.instant()));
        String token = OneTimeTokens.generate();
        em.persist(new AccountToken(owner, purpose, OneTimeTokens.hash(token), clock.instant()));
        return token;
    }

    /** The token's account when the token is valid for this purpose now; the token is not spent. */
    public Optional<Account> peek(String token, TokenPurpose purpose) {
        return usable(token, purpose).map(AccountToken::getAccount);
    }

    /** Spends the token and returns its account, or empty when it is unknown, used, expired or for another purpose. */
    public Optional<Account> redeem(String token, TokenPurpose purpose) {
        Optional<AccountToken> found = usable(token, purpose);
        found.ifPresent(t -> t.use(clock.instant()));
        return found.map(AccountToken::getAccount);
    }

    private Optional<AccountToken> usable(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", OneTimeTokens.hash(token)).getResultStream().findFirst()
                .filter(t -> t.isUsable(purpose, clock.instant()));
    }
}
