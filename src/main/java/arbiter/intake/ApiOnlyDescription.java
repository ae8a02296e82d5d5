package arbiter.intake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * The OpenAPI document at {@code /q/openapi} is the platform's contract (DESIGN "The API is described by OpenAPI";
 * issue 15, "a contract a platform team can generate a client from"). Registered through {@code mp.openapi.filter},
 * it makes the scanned document one:
 * <ul>
 * <li>only the API ({@code /api/...}): the pages, the sign-out and the demo receiver are no one's contract, and listing
 * them only maps the portal for a prober; a route added later is left out unless it is API;</li>
 * <li>only the schemas the API names: the page resources' return types (Qute's, the JDK's) are dropped;</li>
 * <li>every operation documents the errors any API operation can answer (401 without a valid token, 403 without the
 * role, 500, 503 while the database is unreachable), besides those its resource declares;</li>
 * <li>every error response (4xx, 5xx) has the {@code Problem} body ({@link Problem}, RFC 9457), with an example.</li>
 * </ul>
 * A new API resource needs only an {@code operationId} and its own error statuses with their descriptions;
 * {@code OpenApiContractTest} checks the rest against the running portal.
 */
public class ApiOnlyDescription implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    static final String PROBLEM_SCHEMA = SCHEMAS + "Problem";
    /** What the scanner writes for the 401 and 403 of a {@code @RolesAllowed} method, which say less than ours. */
    private static final Set<String> SCANNER_WORDS = Set.of("Not Authorized", "Not Allowed");

    /** The errors any API operation can answer, whatever it does, and why. */
    private static final Map<Integer, String> COMMON_ERRORS = new LinkedHashMap<>();
    static {
        COMMON_ERRORS.put(401, "No bearer token, or one that is invalid or expired (WWW-Authenticate: Bearer)");
        COMMON_ERRORS.put(403, "The token lacks the role intake");
        COMMON_ERRORS.put(500, "An unexpected failure; quote instance (the X-Request-Id) when reporting it");
        COMMON_ERRORS.put(503, "The database cannot be reached; nothing was done, send the request again (Retry-After)");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/")).toList()
                .forEach(openAPI.getPaths()::removePathItem);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(ApiOnlyDescription::documentErrors));
        keepOnlyNamedSchemas(openAPI);
    }

    private static void documentErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        COMMON_ERRORS.forEach((status, description) -> {
            APIResponse response = operation.getResponses().getAPIResponse(status.toString());
            if (response == null) {
                operation.getResponses().addAPIResponse(status.toString(),
                        OASFactory.createAPIResponse().description(description));
            } else if (SCANNER_WORDS.contains(response.getDescription())) {
                response.setDescription(description);
            }
        });
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45]\\d\\d")) {
                withProblemBody(Integer.parseInt(code), response);
            }
        });
    }

    /** The response's body is a {@code Problem}: its schema, and an example when the resource gave none. */
    private static void withProblemBody(int status, APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        content.getMediaTypes().keySet().stream().filter(type -> !type.equals(Problem.MEDIA_TYPE)).toList()
                .forEach(content::removeMediaType);
        MediaType problem = content.hasMediaType(Problem.MEDIA_TYPE) ? content.getMediaType(Problem.MEDIA_TYPE)
                : OASFactory.createMediaType();
        problem.setSchema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        if (problem.getExamples() == null || problem.getExamples().isEmpty()) {
            String title = HttpResponseStatus.valueOf(status).reasonPhrase();
            problem.addExample("generic", OASFactory.createExample().value(Map.of("type", "about:blank",
                    "title", title, "status", status, "instance", "3f1c2a9e-5b7d-4e60-9a8b-2c4d6e8f0a1b")));
        }
        content.addMediaType(Problem.MEDIA_TYPE, problem);
    }

    /** Drops every component schema that no path names, directly or through another schema. */
    private static void keepOnlyNamedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> named = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> collect(p.getSchema(), toVisit));
            }
            item.getOperations().values().forEach(operation -> schemasOf(operation, toVisit));
        });
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (named.add(name) && schemas.containsKey(name)) {
                collect(schemas.get(name), toVisit);
            }
        }
        schemas.keySet().stream().filter(name -> !named.contains(name)).toList()
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void schemasOf(Operation operation, Deque<String> names) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> collect(p.getSchema(), names));
        }
        if (operation.getRequestBody() != null) {
            collect(operation.getRequestBody().getContent(), names);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> {
                collect(response.getContent(), names);
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(h -> collect(h.getSchema(), names));
                }
            });
        }
    }

    private static void collect(Content content, Deque<String> names) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> collect(type.getSchema(), names));
        }
    }

    /** The names of the component schemas {@code value} refers to, at any depth of its JSON Schema keywords. */
    private static void collect(Object value, Deque<String> names) {
        if (value instanceof Schema schema) {
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                names.add(schema.getRef().substring(SCHEMAS.length()));
            }
            schema.getAll().values().forEach(v -> collect(v, names));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, names));
        } else if (value instanceof Iterable<?> list) {
            list.forEach(v -> collect(v, names));
        }
    }
}
