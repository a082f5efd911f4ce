package ir.khadamat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The catalogue's revision: incremented with every change to a card, read by {@link CatalogIndex}. */
@Entity
@Table(name = "catalog_revision")
public class CatalogRevision {

    static final int THE_ROW = 1;

    /** Marks the catalogue changed, in the transaction that changes a card. */
    static void increment(EntityManager em) {
        em.createQuery("UPDATE CatalogRevision r SET r.revision = r.revision + 1 WHERE r.id = :id")
                .setParameter("id", THE_ROW).executeUpdate();
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
