package ir.khadamat.runtime.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded demonstration's stand-in for the phones ({@code -Dkhadamat.demo=true} only): the texts of the SMS
 * that carry a secret (one-time codes) as the phone would show them, kept in this node's memory only, the last few per
 * mobile, never in the database. The demo and the tests read them at {@code GET /api/demo/sms?mobile=}. Without demo
 * mode nothing is kept and nothing is readable.
 */
@Singleton
@PermitAll
public class DemoSms {

    private static final int PER_MOBILE = 10;
    private static final int MOBILES = 1000;

    private final Map<String, Deque<String>> texts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<String>> eldest) {
            return size() > MOBILES;
        }
    };

    @Lock(LockType.WRITE)
    public void deliver(String mobile, String text) {
        if (!DemoMode.on()) {
            return;
        }
        Deque<String> to = texts.computeIfAbsent(mobile, m -> new ArrayDeque<>());
        to.addFirst(text);
        while (to.size() > PER_MOBILE) {
            to.removeLast();
        }
    }

    /** The texts the phone of that mobile got, newest first; none outside demo mode. */
    @Lock(LockType.WRITE) // the access order of the map changes on reading
    public List<String> to(String mobile) {
        if (!DemoMode.on() || mobile == null) {
            return List.of();
        }
        Deque<String> to = texts.get(mobile);
        return to == null ? List.of() : new ArrayList<>(to);
    }
}
