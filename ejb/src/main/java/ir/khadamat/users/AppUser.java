package ir.khadamat.users;

import ir.khadamat.tenancy.TenantScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.AdditionalCriteria;

import java.time.Instant;

/**
 * A user of the platform (کاربر) with one role and, for provincial roles, one province. Elytron's JDBC realm
 * authenticates against {@code password_hash} (bcrypt) and takes the role from this row.
 */
@Entity
@Table(name = "app_user")
@AdditionalCriteria(TenantScope.STRICT_CRITERIA)
@NamedQuery(name = "AppUser.all", query = "SELECT u FROM AppUser u ORDER BY u.provinceCode, u.username")
@NamedQuery(name = "AppUser.byName", query = "SELECT u FROM AppUser u WHERE u.username = :name")
public class AppUser {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(nullable = false, length = 30)
    private String role;

    @Column(name = "province_code", length = 50)
    private String provinceCode;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String fullName, String role, String provinceCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.provinceCode = provinceCode;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getRole() {
        return role;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
