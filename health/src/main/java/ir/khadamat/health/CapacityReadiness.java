package ir.khadamat.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Readiness ({@code /health/ready} on the management interface): DOWN while the application cannot take another
 * request — every connection of the datasource pool is in use, or every request thread of the web worker is busy.
 * It reads WildFly's own runtime figures (the KhadamatDS pool statistics, {@code statistics-enabled=true}, and the
 * io subsystem's default worker) through the server's MBeans; it says only which pool is saturated, never figures.
 */
@Readiness
@ApplicationScoped
public class CapacityReadiness implements HealthCheck {

    static final String NAME = "khadamat-capacity";
    private static final String DATASOURCE = "jboss.as:subsystem=datasources,data-source=KhadamatDS";
    private static final String POOL = DATASOURCE + ",statistics=pool";
    private static final String WORKER = "jboss.as:subsystem=io,worker=default";

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        if (saturated(POOL, "InUseCount", DATASOURCE, "max-pool-size")) {
            response.down().withData("saturated", "datasource");
        } else if (saturated(WORKER, "busy-task-thread-count", WORKER, "max-pool-size")) {
            response.down().withData("saturated", "request-threads");
        }
        return response.build();
    }

    private static boolean saturated(String usedBean, String used, String maxBean, String max) {
        OptionalLong inUse = attribute(usedBean, used);
        OptionalLong limit = attribute(maxBean, max);
        return inUse.isPresent() && limit.isPresent() && limit.getAsLong() > 0 && inUse.getAsLong() >= limit.getAsLong();
    }

    /** A numeric attribute of one of the server's MBeans, its name matched as the management model spells it. */
    static OptionalLong attribute(String bean, String attribute) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(bean);
            String wanted = normalise(attribute);
            for (MBeanAttributeInfo info : server.getMBeanInfo(name).getAttributes()) {
                if (normalise(info.getName()).equals(wanted)) {
                    Object value = server.getAttribute(name, info.getName());
                    if (value instanceof Number n) {
                        return OptionalLong.of(n.longValue());
                    }
                    if (value != null) {
                        return OptionalLong.of(Long.parseLong(value.toString().trim()));
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // a figure the server does not have (yet): that pool is not judged
        }
        return OptionalLong.empty();
    }

    private static String normalise(String name) {
        return name.replace("-", "").toLowerCase(Locale.ROOT);
    }
}
