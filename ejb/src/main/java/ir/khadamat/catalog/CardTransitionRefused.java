package ir.khadamat.catalog;

import jakarta.ejb.ApplicationException;

/** A step in a card's life that its current state does not allow (e.g. publishing a draft); nothing changes. */
@ApplicationException(rollback = true)
public class CardTransitionRefused extends RuntimeException {

    private final CardStatus from;
    private final CardStatus to;

    public CardTransitionRefused(String key, CardStatus from, CardStatus to) {
        super("Card '" + key + "' is " + from + " and cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public CardStatus from() {
        return from;
    }

    public CardStatus to() {
        return to;
    }
}
