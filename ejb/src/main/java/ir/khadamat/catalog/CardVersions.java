package ir.khadamat.catalog;

import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.tenancy.TenantFilter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The card versions other contexts work from — the runtime runs a version as cases, the statistics compare what a
 * version declares — read in the tenant scope ({@link TenantFilter}: a province sees its own cards and every
 * published one), not as {@link ServiceCatalog} shows a card to a reader.
 */
@PermitAll
@Stateless
@Interceptors(TenantFilter.class)
public class CardVersions {

    @PersistenceContext
    private EntityManager em;

    /**
     * One version of a card, with its form and process definition.
     *
     * @param provinceCode the card's province (null: a national card)
     * @param title        the service's title as the catalogue lists it
     * @param processJson  the process definition the version runs (null: it runs its §10 diagram)
     */
    public record CardVersion(String cardKey, int versionNo, CardStatus status, String provinceCode, String title,
                              CardForm form, String processJson) {
    }

    /** The number of the card's version now published, if there is one in scope. */
    public OptionalInt publishedVersion(String cardKey) {
        // its number only: every case started asks, and the version itself is in the runtime's definition cache
        return em.createNamedQuery("ServiceCard.publishedVersionNo", Integer.class).setParameter("key", cardKey)
                .getResultStream().mapToInt(Integer::intValue).findFirst();
    }

    /**
     * A given version of a card.
     *
     * @throws jakarta.persistence.NoResultException when there is no such version in scope
     */
    public CardVersion version(String cardKey, int versionNo) {
        return of(em.createNamedQuery("ServiceCard.version", ServiceCard.class).setParameter("key", cardKey)
                .setParameter("version", versionNo).getSingleResult());
    }

    /** The card's published version, else its newest in scope; empty when the scope has no version of it. */
    public Optional<CardVersion> publishedOrNewest(String cardKey) {
        List<ServiceCard> rows = rows(cardKey);
        return rows.stream().filter(c -> c.getStatus() == CardStatus.PUBLISHED).findFirst()
                .or(() -> rows.stream().findFirst()).map(CardVersions::of);
    }

    /** The versions of a card in scope, newest first. */
    private List<ServiceCard> rows(String cardKey) {
        return em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", cardKey).getResultList();
    }

    private static CardVersion of(ServiceCard card) {
        return new CardVersion(card.getCardKey(), card.getVersionNo(), card.getStatus(), card.getProvinceCode(),
                card.getTitle(), CardFormJson.read(card.getFormJson()), card.getProcessJson());
    }
}
