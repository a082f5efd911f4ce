package ir.khadamat.catalog;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A catalogue bundle not taken, as a whole: nothing of it is stored. Either the bundle is at fault (its format, a
 * form that breaks a rule, versions out of order) or it conflicts with this installation (a card here ahead of it,
 * another content under the same version, a service ID another card holds); each finding names its place in the
 * bundle.
 */
@ApplicationException(rollback = true)
public class BundleRefused extends RuntimeException {

    private final boolean conflict;
    private final List<TransferPlan.Finding> findings;

    public BundleRefused(boolean conflict, List<TransferPlan.Finding> findings) {
        super((conflict ? "The bundle conflicts with this installation in " : "The bundle has ")
                + findings.size() + (conflict ? " place(s)" : " fault(s)") + "; nothing was imported");
        this.conflict = conflict;
        this.findings = List.copyOf(findings);
    }

    /** Whether it conflicts with this installation (409), rather than being at fault itself (400). */
    public boolean conflict() {
        return conflict;
    }

    public List<TransferPlan.Finding> findings() {
        return findings;
    }
}
