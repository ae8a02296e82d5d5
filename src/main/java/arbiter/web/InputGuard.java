package arbiter.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import arbiter.system.ClientInput;

/**
 * Applies {@link ClientInput}'s text policy to everything a request carries as text before any resource reads
 * it: the path, each query parameter and each form field (names and values; a multipart upload's text
 * fields, not its files). One place for every page and API route, so a new field is covered without a line
 * of its own. JSON bodies are read by their resources, which apply the same policy field by field.
 *
 * @throws ClientInput.Refused for a refused character (ErrorPages answers 400, naming the field)
 * @throws BadRequestException for a query string that cannot be decoded
 */
public class InputGuard {

    @ServerRequestFilter(readBody = true, priority = jakarta.ws.rs.Priorities.AUTHENTICATION - 100)
    public void check(ResteasyReactiveContainerRequestContext request) {
        check("path", request.getUriInfo().getPath());
        Map<String, List<String>> query;
        try {
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException undecodable) {
            throw new BadRequestException("The query string cannot be decoded", undecodable);
        }
        query.forEach((name, values) -> {
            check(name, name);
            values.forEach(value -> check(name, value));
        });
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            check(name, name);
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && !ClientInput.isAcceptable(value.getValue())) {
                    throw new ClientInput.Refused(name, ClientInput.refusedCharacter(value.getValue()).orElseThrow(),
                            submitted(request.getUriInfo().getPath(), form));
                }
            }
        }
    }

    /** The form's text fields as sent, but for the CSRF token, for the page that gives them back. */
    private static ClientInput.SubmittedForm submitted(String action, FormData form) {
        List<ClientInput.TextField> fields = new java.util.ArrayList<>();
        boolean files = false;
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                files |= value.isFileItem();
                if (!value.isFileItem() && !name.equals(CsrfToken.FORM_FIELD)) {
                    fields.add(new ClientInput.TextField(name, ClientInput.withoutRefused(value.getValue()),
                            ClientInput.refusedCharacter(value.getValue()).orElse(null)));
                }
            }
        }
        return new ClientInput.SubmittedForm(action, files, fields);
    }

    private static void check(String field, String value) {
        ClientInput.refusedCharacter(value).ifPresent(character -> {
            throw new ClientInput.Refused(ClientInput.isAcceptable(field) ? field : "(a field name)", character);
        });
    }
}
