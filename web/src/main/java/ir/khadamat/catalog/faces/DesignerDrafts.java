package ir.khadamat.catalog.faces;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process definition each open designer of this session shows now, saved or not (its JSON, by card key): what
 * the step preview ({@link StepPreview}) draws. Only this session's own designers write it, so a preview shows
 * nobody else's work.
 */
@SessionScoped
public class DesignerDrafts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ConcurrentHashMap<String, String> byCard = new ConcurrentHashMap<>();

    void put(String cardKey, String processJson) {
        byCard.put(cardKey, processJson);
    }

    Optional<String> get(String cardKey) {
        return cardKey == null ? Optional.empty() : Optional.ofNullable(byCard.get(cardKey));
    }
}
