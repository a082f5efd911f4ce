package ir.khadamat.runtime.notification;

/** Whether the server runs the embedded demonstration ({@code -Dkhadamat.demo=true}: the run profile and the tests). */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean on() {
        return Boolean.getBoolean("khadamat.demo");
    }
}
