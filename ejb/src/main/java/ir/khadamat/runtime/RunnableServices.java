package ir.khadamat.runtime;

import ir.khadamat.catalog.CardFormJson;
import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.ServiceCard;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryTime;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.ServiceCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime's definition cache (as Flowable's deployment cache): what a case needs of the card version it runs —
 * its title, form, process definition and §5 delivery time — read and parsed once per node, since a published card
 * version never changes (a new edition is a new version). Reads go through the caller's transaction and tenant scope.
 */
@ApplicationScoped
public class RunnableServices {

    /** Published and superseded card versions, by {@code key:version}. */
    private final Map<String, Version> versions = new ConcurrentHashMap<>();
    /** Process definitions by their JSON (or the card version whose §10 diagram they were drawn from). */
    private final Map<String, ProcessDefinition> parsed = new ConcurrentHashMap<>();

    @PersistenceContext
    private EntityManager em;

    /** What a case needs of the card version it runs. */
    public record Version(String cardKey, int versionNo, String title, CardForm form, ProcessDefinition process,
                          DeliveryTime deliveryTime) {
    }

    /**
     * The version of a service now published, to start a case of.
     *
     * @throws InvalidStepInput naming {@code card} when the card has no published version the caller sees
     */
    public Version published(String cardKey) {
        ServiceCard card = em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", cardKey)
                .getResultStream().filter(c -> c.getStatus() == CardStatus.PUBLISHED).findFirst()
                .orElseThrow(() -> new InvalidStepInput("card", "runtime.card.notRunnable"));
        return versions.computeIfAbsent(key(card.getCardKey(), card.getVersionNo()), k -> read(card));
    }

    /** The card version a case runs. */
    public Version of(ServiceCase c) {
        return of(c.getCardKey(), c.getCardVersion());
    }

    /** A card version, read once when it is published or superseded (a draft's is read each time). */
    public Version of(String cardKey, int versionNo) {
        Version known = versions.get(key(cardKey, versionNo));
        if (known != null) {
            return known;
        }
        ServiceCard card = em.createNamedQuery("ServiceCard.version", ServiceCard.class).setParameter("key", cardKey)
                .setParameter("version", versionNo).getSingleResult();
        Version v = read(card);
        if (card.getStatus() == CardStatus.PUBLISHED || card.getStatus() == CardStatus.SUPERSEDED) {
            versions.put(key(cardKey, versionNo), v);
        }
        return v;
    }

    /** The process a card version runs. */
    public ProcessDefinition process(String cardKey, int versionNo) {
        return of(cardKey, versionNo).process();
    }

    private Version read(ServiceCard card) {
        CardForm form = CardFormJson.read(card.getFormJson());
        return new Version(card.getCardKey(), card.getVersionNo(), card.getTitle(), form, process(card, form),
                DeliveryTime.of(form.details()));
    }

    /** The card version's process; a card with none runs the process drawn from its §10 diagram. */
    private ProcessDefinition process(ServiceCard card, CardForm form) {
        String json = card.getProcessJson();
        if (json == null) {
            return parsed.computeIfAbsent("diagram:" + key(card.getCardKey(), card.getVersionNo()),
                    k -> ProcessDefinitions.fromDiagram(form));
        }
        return parsed.computeIfAbsent(json, ProcessDefinitions::read);
    }

    private static String key(String cardKey, int versionNo) {
        return cardKey + ":" + versionNo;
    }
}
