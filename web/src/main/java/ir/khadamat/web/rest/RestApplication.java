package ir.khadamat.web.rest;

import ir.khadamat.bundle.rest.BundleResource;
import ir.khadamat.catalog.rest.CardResource;
import ir.khadamat.catalog.rest.CatalogueResource;
import ir.khadamat.catalog.rest.ReviewResource;
import ir.khadamat.integration.rest.ExchangeResource;
import ir.khadamat.integration.rest.SimulatedPartnerResource;
import ir.khadamat.readiness.rest.ReadinessResource;
import ir.khadamat.runtime.rest.CaseResource;
import ir.khadamat.runtime.rest.PublicCaseResource;
import ir.khadamat.runtime.rest.SlotResource;
import ir.khadamat.statistics.rest.StatisticsResource;
import ir.khadamat.tenancy.rest.UnitResource;
import ir.khadamat.users.rest.UserResource;
import ir.khadamat.web.DataProblemMappers;
import ir.khadamat.web.InputProblems;
import ir.khadamat.web.JsonBodyReader;
import ir.khadamat.web.JsonbConfiguration;
import ir.khadamat.web.NumberParameters;
import ir.khadamat.web.OriginCheck;
import ir.khadamat.web.ProblemMappers;
import ir.khadamat.web.RequiredBody;
import ir.khadamat.web.RoleCheck;
import ir.khadamat.web.throttle.DemoSmsResource;
import ir.khadamat.web.throttle.TooManyRequests;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The REST API, under {@code /api}; its OpenAPI document is served by WildFly at {@code /openapi} (its title and what
 * no annotation says once for all operations: {@link ApiDocument}).
 * <p>
 * Its resources are listed here, not scanned: the EclipseLink jar in the EAR carries JAX-RS resources of its
 * own (JPA-RS) that would otherwise expose the persistence unit at {@code /api/v2.0/...}.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                CardResource.class,
                BundleResource.class,
                CatalogueResource.class,
                ReviewResource.class,
                UserResource.class,
                UnitResource.class,
                CaseResource.class,
                PublicCaseResource.class,
                SlotResource.class,
                StatisticsResource.class,
                ReadinessResource.class,
                ExchangeResource.class,
                SimulatedPartnerResource.class,
                JsonbConfiguration.class,
                OriginCheck.class, // hard-rules: cross-site requests refused (docs/security-rules.md)
                ProblemMappers.InvalidParameter.class,
                ProblemMappers.InvalidContent.class,
                ProblemMappers.InvalidBody.class,
                ProblemMappers.NoSuchCardOrCase.class,
                ProblemMappers.Conflict.class,
                ProblemMappers.BundleNotTaken.class,
                ProblemMappers.RefusedTransition.class,
                ProblemMappers.InvalidUserMapper.class,
                ProblemMappers.NotAllowed.class,
                ProblemMappers.CaseMovedOn.class,
                ProblemMappers.InvalidStep.class,
                ProblemMappers.CodeRefused.class,
                // throttles (docs/security-throttle.md)
                TooManyRequests.class,
                DemoSmsResource.class,
                ProblemMappers.HttpError.class,
                ProblemMappers.Unexpected.class,
                // hard-fuzz: null bodies, and what the database refuses (docs/security-fuzz.md)
                RequiredBody.class,
                DataProblemMappers.Ejb.class,
                DataProblemMappers.Rollback.class,
                DataProblemMappers.Persistence.class,
                // hard-rest: bodies read with limits, integer parameters, roles before bodies, the caller's mistakes as 4xx
                JsonBodyReader.class,
                JsonBodyReader.Text.class,
                JsonBodyReader.Value.class,
                JsonBodyReader.Structure.class,
                JsonBodyReader.ObjectValue.class,
                JsonBodyReader.ArrayValue.class,
                NumberParameters.class,
                RoleCheck.class,
                InputProblems.Refused.class,
                InputProblems.Binding.class,
                InputProblems.Parsing.class,
                InputProblems.Reading.class,
                InputProblems.Unauthenticated.class,
                InputProblems.MethodNotAllowed.class,
                InputProblems.UnsupportedType.class,
                InputProblems.NotAcceptable.class);
    }
}
