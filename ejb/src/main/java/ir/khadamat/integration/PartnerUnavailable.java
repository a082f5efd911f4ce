package ir.khadamat.integration;

/** The partner did not answer (down, timed out): the case waits for it and is retried; nothing is lost. */
public class PartnerUnavailable extends Exception {

    private final String partner;

    public PartnerUnavailable(String partner, String message) {
        super(partner + ": " + message);
        this.partner = partner;
    }

    public String partner() {
        return partner;
    }
}
