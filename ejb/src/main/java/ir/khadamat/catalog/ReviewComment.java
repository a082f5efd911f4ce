package ir.khadamat.catalog;

import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.io.Serializable;
import java.time.Instant;

/**
 * A reviewer's comment (نظر کارشناس) on one version of a card, attached to a section or a field by its path in
 * the form (e.g. {@code /details/fee} or {@code /identification}); never changed once written.
 */
@Entity
@Table(name = "review_comment")
@AdditionalCriteria(TenantScope.CRITERIA)
@NamedQuery(name = "ReviewComment.forCard",
        query = "SELECT c FROM ReviewComment c WHERE c.cardKey = :key ORDER BY c.createdAt, c.id")
@NamedQuery(name = "ReviewComment.forCards",
        query = "SELECT c FROM ReviewComment c WHERE c.cardKey IN :keys ORDER BY c.cardKey, c.createdAt, c.id")
public class ReviewComment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "review_comment_seq", sequenceName = "review_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
    private Long id;

    @Column(name = "card_key", nullable = false, length = 100, updatable = false)
    private String cardKey;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "province_code", length = 50, updatable = false)
    private String provinceCode;

    @Column(name = "field_path", nullable = false, length = 300, updatable = false)
    private String fieldPath;

    @Column(nullable = false, length = 4000, updatable = false)
    private String text;

    @Column(nullable = false, length = 100, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    public ReviewComment(ServiceCard card, String fieldPath, String text, String author) {
        this.cardKey = card.getCardKey();
        this.versionNo = card.getVersionNo();
        this.provinceCode = card.getProvinceCode();
        this.fieldPath = fieldPath;
        this.text = text;
        this.author = author;
        this.createdAt = Instant.now();
    }

    public String getCardKey() {
        return cardKey;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getFieldPath() {
        return fieldPath;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
