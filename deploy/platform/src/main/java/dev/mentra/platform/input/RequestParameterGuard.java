package dev.mentra.platform.input;

import dev.mentra.platform.problem.Problem;
import dev.mentra.platform.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks what a request carries outside its body, after the route is matched and before its parameters are
 * converted or any resource code runs:
 * <ul>
 *   <li>path and query parameters (decoded), headers and cookies must be text PostgreSQL can store
 *   ({@link StorableText}): otherwise 400 naming the parameter;</li>
 *   <li>a numeric path, query or header parameter must be a whole number its Java type holds: otherwise 400 naming it
 *   with the range it accepts ({@code page=2147483648} on an {@code int} would else be JAX-RS's bare 404).</li>
 * </ul>
 */
public class RequestParameterGuard {

    private final Map<Method, List<NumericParameter>> numericParameters = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        List<Problem.FieldError> errors = new ArrayList<>();
        texts(request.getUriInfo().getPathParameters(), errors);
        texts(request.getUriInfo().getQueryParameters(), errors);
        texts(request.getHeaders(), errors);
        for (Cookie cookie : request.getCookies().values()) {
            StorableText.problemWith(cookie.getValue())
                    .ifPresent(p -> errors.add(new Problem.FieldError(cookie.getName(), p)));
        }
        if (errors.isEmpty() && resource != null && resource.getResourceMethod() != null) {
            for (NumericParameter parameter : numericParameters.computeIfAbsent(resource.getResourceMethod(),
                    RequestParameterGuard::numericParametersOf)) {
                parameter.check(request, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void texts(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        parameters.forEach((name, values) -> {
            for (String value : values) {
                Optional<String> problem = StorableText.problemWith(value);
                if (problem.isPresent()) {
                    errors.add(new Problem.FieldError(name, problem.get()));
                    return;
                }
            }
        });
    }

    private static List<NumericParameter> numericParametersOf(Method method) {
        List<NumericParameter> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            boolean isInt = type == int.class || type == Integer.class;
            boolean isLong = type == long.class || type == Long.class;
            if (!isInt && !isLong) {
                continue;
            }
            long min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
            Bounds bounds = Bounds.of(parameter.getAnnotations(), min, max);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            PathParam path = parameter.getAnnotation(PathParam.class);
            HeaderParam header = parameter.getAnnotation(HeaderParam.class);
            if (query != null) {
                found.add(new NumericParameter(Source.QUERY, query.value(), min, max, bounds));
            } else if (path != null) {
                found.add(new NumericParameter(Source.PATH, path.value(), min, max, bounds));
            } else if (header != null) {
                found.add(new NumericParameter(Source.HEADER, header.value(), min, max, bounds));
            }
        }
        return List.copyOf(found);
    }

    private enum Source { QUERY, PATH, HEADER }

    private record NumericParameter(Source source, String name, long typeMin, long typeMax, Bounds bounds) {

        void check(ContainerRequestContext request, List<Problem.FieldError> errors) {
            String value = switch (source) {
                case QUERY -> request.getUriInfo().getQueryParameters().getFirst(name);
                case PATH -> request.getUriInfo().getPathParameters().getFirst(name);
                case HEADER -> request.getHeaderString(name);
            };
            if (value == null || value.isEmpty()) {
                return;
            }
            try {
                long number = Long.parseLong(value.trim());
                if (number >= typeMin && number <= typeMax) {
                    return;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            errors.add(new Problem.FieldError(name, "must be a whole number from " + bounds.min() + " to " + bounds.max()));
        }
    }

    /** The range a parameter accepts: its {@code @Min}/{@code @Max} (also through a composed constraint), else its type's. */
    private record Bounds(long min, long max) {

        static Bounds of(Annotation[] annotations, long min, long max) {
            for (Annotation annotation : annotations) {
                List<Annotation> candidates = new ArrayList<>(List.of(annotation));
                candidates.addAll(List.of(annotation.annotationType().getAnnotations()));
                for (Annotation candidate : candidates) {
                    if (candidate instanceof Min m) {
                        min = Math.max(min, m.value());
                    } else if (candidate instanceof Max m) {
                        max = Math.min(max, m.value());
                    }
                }
            }
            return new Bounds(min, max);
        }
    }
}
