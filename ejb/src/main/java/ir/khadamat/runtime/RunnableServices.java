package ir.khadamat.runtime;

import ir.khadamat.catalog.CardStatus;
import ir.khadamat.catalog.CardVersions;
import ir.khadamat.catalog.CardVersions.CardVersion;
import ir.khadamat.catalog.form.CardForm;
import ir.khadamat.catalog.form.DeliveryTime;
import ir.khadamat.catalog.process.ProcessDefinition;
import ir.khadamat.catalog.process.ProcessDefinitions;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.runtime.cases.ServiceCase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime's definition cache (as Flowable's deployment cache): what a case needs of the card version it runs —
 * its title, form, process definition and §5 delivery time — read and parsed once per node, since a published card
 * version never changes (a new edition is a new version). The catalogue's {@link CardVersions} reads them, in the
 * caller's transaction and tenant scope.
 */
@ApplicationScoped
public class RunnableServices {

    /** Published and superseded card versions, by {@code key:version}. */
    private final Map<String, Version> versions = new ConcurrentHashMap<>();
    /** Process definitions by their JSON (or the card version whose §10 diagram they were drawn from). */
    private final Map<String, ProcessDefinition> parsed = new ConcurrentHashMap<>();

    @EJB
    private CardVersions cards;

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
        int versionNo = cards.publishedVersion(cardKey)
                .orElseThrow(() -> new InvalidStepInput("card", "runtime.card.notRunnable"));
        return of(cardKey, versionNo);
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
        CardVersion card = cards.version(cardKey, versionNo);
        Version v = read(card);
        if (card.status() == CardStatus.PUBLISHED || card.status() == CardStatus.SUPERSEDED) {
            versions.put(key(cardKey, versionNo), v);
        }
        return v;
    }

    /** The process a card version runs. */
    public ProcessDefinition process(String cardKey, int versionNo) {
        return of(cardKey, versionNo).process();
    }

    private Version read(CardVersion card) {
        CardForm form = card.form();
        return new Version(card.cardKey(), card.versionNo(), card.title(), form, process(card),
                DeliveryTime.of(form.details()));
    }

    /** The card version's process; a card with none runs the process drawn from its §10 diagram. */
    private ProcessDefinition process(CardVersion card) {
        String json = card.processJson();
        if (json == null) {
            return parsed.computeIfAbsent("diagram:" + key(card.cardKey(), card.versionNo()),
                    k -> ProcessDefinitions.fromDiagram(card.form()));
        }
        return parsed.computeIfAbsent(json, ProcessDefinitions::read);
    }

    private static String key(String cardKey, int versionNo) {
        return cardKey + ":" + versionNo;
    }
}
