package ir.khadamat.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of the container test classes (junit-platform.properties): first those that deploy an EAR of their own
 * (a {@code @Deployment} method of the class itself), then those that share the one application
 * ({@link SharedApplication}); by name within each. The shared EAR is then deployed once, after the last of the others.
 */
public final class OwnDeploymentsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> !ownDeployment(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    /** Whether the test class deploys an EAR of its own (a {@code @Deployment} method of the class itself). */
    static boolean ownDeployment(Class<?> testClass) {
        Method[] methods = testClass.getDeclaredMethods();
        return Arrays.stream(methods).anyMatch(m -> m.isAnnotationPresent(Deployment.class));
    }
}
