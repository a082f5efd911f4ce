package ir.khadamat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The catalogue's revision: incremented with every change to a card, with the cards changed noted beside it
 * ({@code catalog_change}), read by {@link CatalogIndex}. Changes take the revision one transaction after the other
 * (the row is locked from the increment to the commit), so a node that reads revision R sees every change up to R.
 */
@Entity
@Table(name = "catalog_revision")
public class CatalogRevision {

    static final int THE_ROW = 1;

    /**
     * Marks the catalogue changed, in the transaction that changes the cards.
     *
     * @param cardKeys the cards changed (every version of each is read again); none: too many to name (an agency's
     *                 names changed), and every node's index is read whole
     */
    static void changed(EntityManager em, Collection<String> cardKeys) {
        em.createQuery("UPDATE CatalogRevision r SET r.revision = r.revision + 1 WHERE r.id = :id")
                .setParameter("id", THE_ROW).executeUpdate();
        long revision = em.createQuery("SELECT r.revision FROM CatalogRevision r WHERE r.id = :id", Long.class)
                .setParameter("id", THE_ROW).getSingleResult();
        if (cardKeys.isEmpty()) {
            em.createNativeQuery("INSERT INTO catalog_change (revision, card_key) VALUES (?1, NULL)")
                    .setParameter(1, revision).executeUpdate();
        }
        for (String key : new TreeSet<>(cardKeys)) {
            em.createNativeQuery("INSERT INTO catalog_change (revision, card_key) VALUES (?1, ?2)")
                    .setParameter(1, revision).setParameter(2, key).executeUpdate();
        }
    }

    /** {@link #changed(EntityManager, Collection)} for one card. */
    static void changed(EntityManager em, String cardKey) {
        changed(em, List.of(cardKey));
    }

    @Id
    private Integer id;

    @Column(nullable = false)
    private long revision;

    protected CatalogRevision() {
    }

    public long getRevision() {
        return revision;
    }
}
