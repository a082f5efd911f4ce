package ir.khadamat.tenancy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A business method the system runs by itself (start-up import, timers), never offered to users through a
 * screen or an endpoint: {@link TenantFilter} gives it the national scope.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SystemTask {
}
