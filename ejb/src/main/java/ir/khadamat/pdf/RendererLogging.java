package ir.khadamat.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf's messages through java.util.logging (the server's log), warnings and above only: by default the
 * renderer prints every step of every printout to standard error.
 */
final class RendererLogging implements XRLogger {

    private static final Level THRESHOLD = Level.WARNING;

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLogging)) {
            XRLog.setLoggerImpl(new RendererLogging());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        if (level.intValue() >= THRESHOLD.intValue()) {
            Logger.getLogger(where).log(level, message);
        }
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        if (level.intValue() >= THRESHOLD.intValue()) {
            Logger.getLogger(where).log(level, message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the threshold is fixed: warnings and above
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= THRESHOLD.intValue();
    }
}
