package ir.khadamat.catalog;

import ir.khadamat.audit.AuditTrail;
import ir.khadamat.catalog.form.AgencyLink;
import ir.khadamat.catalog.form.CardForm;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The catalogue's application service: reads cards and registers new ones, every change audited. */
@Stateless
public class ServiceCatalog {

    static final String AUDIT_SUBJECT = "ServiceCard";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AgencyRegistry agencies;

    @EJB
    private AuditTrail audit;

    @Inject
    private Validator validator;

    /** A card by its numeric id or its key. */
    public Optional<CardDetails> find(String idOrKey) {
        return findEntity(idOrKey).map(this::details);
    }

    public boolean exists(String key) {
        return !em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", key)
                .getResultList().isEmpty();
    }

    /**
     * Adds a card to the catalogue with the given form, validated first.
     *
     * @throws InvalidCard when the form breaks a rule of annex 1
     */
    public ServiceCard register(CardForm form, CardStatus status, String provinceCode) {
        Set<ConstraintViolation<CardForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw InvalidCard.of(violations);
        }
        Map<String, Agency> registry = agencies.byCodes();
        CardProjection projection = CardProjection.of(form, code -> {
            Agency a = code == null ? null : registry.get(code);
            return a == null ? null : a.getPersianName();
        });
        ServiceCard card = new ServiceCard(form.key(), status, projection, registry.get(projection.executiveAgencyCode()));
        em.persist(card);
        CatalogRevision.increment(em);
        audit.record(AUDIT_SUBJECT, form.key(), "REGISTERED", provinceCode, "status=" + status);
        return card;
    }

    private Optional<ServiceCard> findEntity(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        if (idOrKey.chars().allMatch(Character::isDigit) && idOrKey.length() < 19) {
            return Optional.ofNullable(em.find(ServiceCard.class, Long.valueOf(idOrKey)));
        }
        return em.createNamedQuery("ServiceCard.byKey", ServiceCard.class).setParameter("key", idOrKey)
                .getResultStream().findFirst();
    }

    private CardDetails details(ServiceCard card) {
        CardForm form = CardFormJson.read(card.getFormJson());
        Map<String, Agency> registry = agencies.byCodes();
        Map<String, CardDetails.AgencyName> names = new LinkedHashMap<>();
        Stream.concat(
                        Stream.of(form.identification().executiveAgency(), form.identification().parentAgency()),
                        form.agencyLinks() == null ? Stream.empty() : form.agencyLinks().stream().map(AgencyLink::agency))
                .filter(code -> code != null && registry.containsKey(code))
                .forEach(code -> names.put(code, new CardDetails.AgencyName(
                        registry.get(code).getPersianName(), registry.get(code).getEnglishName())));
        return new CardDetails(card.getId(), card.getCardKey(), card.getStatus(), card.getVersion(),
                card.getUpdatedAt(), form, names);
    }
}
