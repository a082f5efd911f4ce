package ir.khadamat.runtime.appointment;

import ir.khadamat.persian.Iran;
import ir.khadamat.runtime.cases.CaseNotFound;
import ir.khadamat.runtime.cases.InvalidStepInput;
import ir.khadamat.tenancy.Roles;
import ir.khadamat.tenancy.SystemTask;
import ir.khadamat.tenancy.TenantFilter;
import ir.khadamat.tenancy.Unit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Appointments (نوبت): the free slots of a unit for a visit type, from its weekly templates less its closed days
 * and the seats taken; holding a seat for a case while the applicant finishes; confirming it.
 */
@Stateless
@PermitAll
@Interceptors(TenantFilter.class)
public class Appointments {

    public static final Duration HOLD = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    /** A slot with what is left of it. */
    public record Slot(Instant startsAt, int minutes, int capacity, int free) {
    }

    /** The slot is full (or gone), or the seat tried was taken a moment ago ({@code full} false: try again). */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class SlotTaken extends RuntimeException {
        private final boolean full;

        public SlotTaken(boolean full) {
            super(full ? "The slot is full" : "The seat was taken meanwhile");
            this.full = full;
        }

        public boolean full() {
            return full;
        }
    }

    /** The slots of the coming days, with their free seats. */
    public List<Slot> slots(String unit, String visitType, LocalDate from, int days) {
        LocalDate to = from.plusDays(days);
        List<SlotTemplate> templates = em.createNamedQuery("SlotTemplate.of", SlotTemplate.class)
                .setParameter("unit", unit).setParameter("type", visitType).getResultList();
        Set<LocalDate> closed = new HashSet<>(em.createNamedQuery("SlotException.closed", LocalDate.class)
                .setParameter("unit", unit).setParameter("from", from).setParameter("to", to)
                .getResultList());
        Instant now = Instant.now();
        Map<Instant, Long> taken = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Booking.takenBetween", Object[].class).setParameter("unit", unit)
                .setParameter("type", visitType).setParameter("from", from.atStartOfDay(Iran.ZONE).toInstant())
                .setParameter("to", to.atStartOfDay(Iran.ZONE).toInstant()).setParameter("confirmed", Booking.Status.CONFIRMED)
                .setParameter("now", now).getResultList()) {
            taken.put((Instant) row[0], ((Number) row[1]).longValue());
        }
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (closed.contains(day)) {
                continue;
            }
            for (SlotTemplate t : templates) {
                if (t.getDayOfWeek() == day.getDayOfWeek().getValue()) {
                    Instant start = day.atTime(LocalTime.parse(t.getStartTime())).atZone(Iran.ZONE).toInstant();
                    if (start.isAfter(now)) {
                        int free = (int) Math.max(0, t.getCapacity() - taken.getOrDefault(start, 0L));
                        slots.add(new Slot(start, t.getMinutes(), t.getCapacity(), free));
                    }
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::startsAt));
        return slots;
    }

    /**
     * Holds a seat of the slot for the case, releasing any other hold the case had, in a transaction of its own.
     * Two requests for the same seat: the database's unique seat lets one win; the other is told to try again
     * ({@link SlotTaken#full()} false). The caller has checked that the case is the caller's.
     *
     * @throws SlotTaken when no seat is free, or the seat was taken meanwhile
     */
    @jakarta.ejb.TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SystemTask
    public Booking hold(String province, String unit, String visitType, Instant startsAt, Long caseId) {
        Slot slot = slots(unit, visitType, LocalDate.ofInstant(startsAt, Iran.ZONE), 1).stream()
                .filter(s -> s.startsAt().equals(startsAt)).findFirst().orElseThrow(() -> new SlotTaken(true));
        Set<Integer> seats = new HashSet<>(em.createNamedQuery("Booking.taken", Integer.class).setParameter("unit", unit)
                .setParameter("type", visitType).setParameter("start", startsAt)
                .setParameter("confirmed", Booking.Status.CONFIRMED).setParameter("now", Instant.now()).getResultList());
        for (Booking mine : forCase(caseId)) {
            if (mine.getStatus() == Booking.Status.HELD) {
                mine.release();
            }
        }
        for (int seat = 1; seat <= slot.capacity(); seat++) {
            if (!seats.contains(seat)) {
                // a released booking, or a hold left to expire, may still occupy the seat's row: reuse that row
                Optional<Booking> stale = em.createQuery("SELECT b FROM Booking b WHERE b.unitCode = :unit AND b.visitType = :type"
                                + " AND b.startsAt = :start AND b.seat = :seat AND (b.status = :released"
                                + " OR (b.status = :held AND b.heldUntil <= :now))", Booking.class).setParameter("unit", unit)
                        .setParameter("type", visitType).setParameter("start", startsAt).setParameter("seat", seat)
                        .setParameter("released", Booking.Status.RELEASED).setParameter("held", Booking.Status.HELD)
                        .setParameter("now", Instant.now()).getResultStream().findFirst();
                if (stale.isPresent()) {
                    em.remove(stale.get());
                    em.flush();
                }
                Booking booking = new Booking(province, unit, visitType, startsAt, seat, caseId, Instant.now().plus(HOLD));
                try {
                    em.persist(booking);
                    em.flush();
                    return booking;
                } catch (PersistenceException e) {
                    throw new SlotTaken(false); // somebody took this seat a moment ago
                }
            }
        }
        throw new SlotTaken(true);
    }

    /** Confirms the case's held seat. */
    public Optional<Booking> confirm(Long caseId) {
        Optional<Booking> held = forCase(caseId).stream()
                .filter(b -> b.getStatus() == Booking.Status.HELD && b.getHeldUntil().isAfter(Instant.now())).findFirst();
        held.ifPresent(Booking::confirm);
        return held;
    }

    /** The visit the case booked and confirmed, with its prison's names; none before the seat is confirmed. */
    public Optional<BookedVisit> booked(Long caseId) {
        return forCase(caseId).stream().filter(b -> b.getStatus() == Booking.Status.CONFIRMED).findFirst().map(b -> {
            Unit unit = em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", b.getUnitCode())
                    .getResultStream().findFirst().orElse(null);
            return new BookedVisit(b.getVisitType(), b.getStartsAt(), unit == null ? null : unit.getPersianName(),
                    unit == null ? null : unit.getEnglishName());
        });
    }

    public List<Booking> forCase(Long caseId) {
        return em.createNamedQuery("Booking.forCase", Booking.class).setParameter("caseId", caseId).getResultList();
    }

    /** A weekly slot as an admin writes it. */
    public record WeeklySlot(String visitType, int dayOfWeek, String startTime, int minutes, int capacity) {
    }

    /** The weekly slots of one of the caller's province's units (another province's unit is not found). */
    @jakarta.annotation.security.RolesAllowed({Roles.PROVINCE_ADMIN, Roles.PROVINCE_STAFF})
    public List<WeeklySlot> templates(String unitCode) {
        unit(unitCode);
        return em.createQuery("SELECT t FROM SlotTemplate t WHERE t.unitCode = :unit ORDER BY t.visitType, t.dayOfWeek, t.startTime",
                        SlotTemplate.class).setParameter("unit", unitCode).getResultStream()
                .map(Appointments::slot).toList();
    }

    /** Adds a weekly slot to one of the province's units (its admin only). */
    @jakarta.annotation.security.RolesAllowed(Roles.PROVINCE_ADMIN)
    public WeeklySlot addTemplate(String unitCode, WeeklySlot slot) {
        Unit unit = unit(unitCode);
        InvalidStepInput.Collector problems = new InvalidStepInput.Collector();
        if (slot == null || slot.visitType() == null || !slot.visitType().matches("[A-Z_]{2,30}")) {
            problems.add("visitType", "runtime.field.choice");
        }
        if (slot != null && (slot.dayOfWeek() < 1 || slot.dayOfWeek() > 7)) {
            problems.add("dayOfWeek", "runtime.field.number");
        }
        if (slot != null && (slot.startTime() == null || !slot.startTime().matches("([01][0-9]|2[0-3]):[0-5][0-9]"))) {
            problems.add("startTime", "runtime.field.required");
        }
        if (slot != null && (slot.minutes() < 5 || slot.minutes() > 600 || slot.capacity() < 1 || slot.capacity() > 1000)) {
            problems.add("capacity", "runtime.field.number");
        }
        problems.throwIfAny();
        em.persist(new SlotTemplate(unit.getProvinceCode(), unitCode, slot.visitType(), slot.dayOfWeek(), slot.startTime(),
                slot.minutes(), slot.capacity()));
        return slot;
    }

    /** A unit's weekly slots as they move between installations (a catalogue bundle). */
    public record UnitSlots(String province, String unit, List<WeeklySlot> slots) {
    }

    /**
     * The weekly slots of every unit in the caller's scope that has any, by unit code.
     *
     * @param province only this province's units (null: all)
     */
    @jakarta.annotation.security.RolesAllowed({Roles.SYSTEM_ADMIN, Roles.REVIEWER, Roles.HQ_ADMIN})
    public List<UnitSlots> allTemplates(String province) {
        Map<String, UnitSlots> units = new LinkedHashMap<>();
        em.createQuery("SELECT t FROM SlotTemplate t ORDER BY t.unitCode, t.visitType, t.dayOfWeek, t.startTime,"
                        + " t.minutes, t.capacity", SlotTemplate.class).getResultStream()
                .filter(t -> province == null || province.equals(t.getProvinceCode()))
                .forEach(t -> units.computeIfAbsent(t.getUnitCode(), u -> new UnitSlots(t.getProvinceCode(), u,
                        new ArrayList<>())).slots().add(slot(t)));
        return units.values().stream().map(u -> new UnitSlots(u.province(), u.unit(), List.copyOf(u.slots()))).toList();
    }

    /**
     * What taking a bundle's weekly slots would change: for each unit whose slots differ, its code; an empty
     * list when none does.
     *
     * @throws SlotsRefused naming the bundle's places of units this installation lacks, or has in another province
     */
    @jakarta.annotation.security.RolesAllowed(Roles.SYSTEM_ADMIN)
    public List<String> templatesToReplace(List<UnitSlots> bundle) {
        Map<String, List<WeeklySlot>> ours = new HashMap<>();
        allTemplates(null).forEach(u -> ours.put(u.unit(), u.slots()));
        List<SlotsRefused.Place> refused = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < bundle.size(); i++) {
            UnitSlots u = bundle.get(i);
            Unit unit = em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", u.unit())
                    .getResultStream().findFirst().orElse(null);
            if (unit == null || !unit.getProvinceCode().equals(u.province())) {
                refused.add(new SlotsRefused.Place("/units/" + i + "/unit", unit == null
                        ? "this installation has no unit " + u.unit()
                        : "the unit " + u.unit() + " is of province " + unit.getProvinceCode() + " here"));
            } else if (!sorted(u.slots()).equals(ours.getOrDefault(u.unit(), List.of()))) {
                changed.add(u.unit());
            }
        }
        if (!refused.isEmpty()) {
            throw new SlotsRefused(refused);
        }
        return changed;
    }

    /** Gives a unit the bundle's weekly slots in place of its own (booked seats keep their times). */
    @jakarta.annotation.security.RolesAllowed(Roles.SYSTEM_ADMIN)
    public void replaceTemplates(UnitSlots bundle) {
        em.createQuery("DELETE FROM SlotTemplate t WHERE t.unitCode = :unit").setParameter("unit", bundle.unit())
                .executeUpdate();
        for (WeeklySlot slot : bundle.slots()) {
            em.persist(new SlotTemplate(bundle.province(), bundle.unit(), slot.visitType(), slot.dayOfWeek(),
                    slot.startTime(), slot.minutes(), slot.capacity()));
        }
    }

    /** Units of a bundle this installation lacks, or has in another province. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class SlotsRefused extends RuntimeException {

        /** A unit's place in the bundle (a JSON Pointer), and what is wrong. */
        public record Place(String pointer, String message) {
        }

        private final List<Place> places;

        public SlotsRefused(List<Place> places) {
            super(places.size() + " unit(s) of the bundle are not here");
            this.places = List.copyOf(places);
        }

        public List<Place> places() {
            return places;
        }
    }

    private static List<WeeklySlot> sorted(List<WeeklySlot> slots) {
        return slots.stream().sorted(Comparator.comparing(WeeklySlot::visitType)
                .thenComparingInt(WeeklySlot::dayOfWeek).thenComparing(WeeklySlot::startTime)
                .thenComparingInt(WeeklySlot::minutes).thenComparingInt(WeeklySlot::capacity)).toList();
    }

    private static WeeklySlot slot(SlotTemplate t) {
        return new WeeklySlot(t.getVisitType(), t.getDayOfWeek(), t.getStartTime(), t.getMinutes(), t.getCapacity());
    }

    /** Closes one of the province's units (or the whole province, with no unit) on a day: a holiday or an exception. */
    @jakarta.annotation.security.RolesAllowed(Roles.PROVINCE_ADMIN)
    public void closeDay(String unitCode, LocalDate day, String note) {
        Unit unit = unit(unitCode);
        em.persist(new SlotException(unit.getProvinceCode(), unitCode, day, note));
    }

    private Unit unit(String code) {
        return em.createNamedQuery("Unit.byCode", Unit.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new CaseNotFound("unit " + code));
    }

    /**
     * The weekly visiting slots of the demonstration's prisons (Saturday to Wednesday), unless the unit has some.
     */
    @SystemTask
    public int addDemoSlots(String province, String unit) {
        if (!em.createQuery("SELECT t FROM SlotTemplate t WHERE t.unitCode = :unit", SlotTemplate.class)
                .setParameter("unit", unit).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        int added = 0;
        for (int day : new int[]{6, 7, 1, 2, 3}) {
            for (String time : new String[]{"09:00", "10:30", "12:00"}) {
                em.persist(new SlotTemplate(province, unit, "IN_PERSON", day, time, 60, 10));
                added++;
            }
            em.persist(new SlotTemplate(province, unit, "PRIVATE", day, "11:00", 120, 2));
            em.persist(new SlotTemplate(province, unit, "PHONE", day, "14:00", 15, 20));
            added += 2;
        }
        return added;
    }
}
