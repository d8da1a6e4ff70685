package nl.leerwerkplaats.reflection.boundary;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.platform.LocaleSelection;
import nl.leerwerkplaats.platform.Messages;
import nl.leerwerkplaats.reflection.entity.Reflection;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/**
 * The writing page's autosave and submit: {@code PUT /api/v1/reflections/{id}/draft} with
 * {@code {"sections":{"key":"text"},"baseRevision":n,"force":false}} and {@code POST .../submit} with
 * {@code {"baseRevision":n}}. A save based on an older revision is 409 with what is stored; word limits not met
 * are 422 with a message per section, in the reader's language.
 */
@Path("v1/reflections/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReflectionsResource {

    @Inject
    Reflections reflections;

    @Inject
    CurrentAccount currentAccount;

    @Inject
    LocaleSelection localeSelection;

    @PUT
    @Path("draft")
    public Response saveDraft(@PathParam("id") long id, JsonObject body) {
        Map<String, String> texts = new LinkedHashMap<>();
        JsonObject sections = body == null ? null : body.getJsonObject("sections");
        if (sections == null || !body.containsKey("baseRevision")) {
            return error(Response.Status.BAD_REQUEST, "a draft needs 'sections' and 'baseRevision'");
        }
        for (Map.Entry<String, JsonValue> section : sections.entrySet()) {
            if (!(section.getValue() instanceof JsonString text)) {
                return error(Response.Status.BAD_REQUEST, "section '" + section.getKey() + "' is not text");
            }
            texts.put(section.getKey(), text.getString());
        }
        return handle(() -> {
            Reflection saved = reflections.saveDraft(currentAccount.get(), id, texts, body.getInt("baseRevision"),
                    body.getBoolean("force", false));
            return Jsonp.object().add("revision", saved.getDraftRevision())
                    .add("savedAt", String.valueOf(saved.getDraftSavedAt())).build();
        });
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id, JsonObject body) {
        if (body == null || !body.containsKey("baseRevision")) {
            return error(Response.Status.BAD_REQUEST, "a submit needs 'baseRevision'");
        }
        return handle(() -> {
            ReflectionVersion version = reflections.submit(currentAccount.get(), id, body.getInt("baseRevision"));
            return Jsonp.object().add("status", version.getReflection().getStatus().name())
                    .add("version", version.getNumber()).build();
        });
    }

    private Response handle(java.util.function.Supplier<JsonObject> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (AccessDenied e) {
            return error(Response.Status.NOT_FOUND, "no such reflection");
        } catch (DraftConflict e) {
            JsonObjectBuilder stored = Jsonp.object();
            e.texts().forEach(stored::add);
            return Response.status(Response.Status.CONFLICT).entity(Jsonp.object()
                    .add("error", "conflict").add("revision", e.revision()).add("sections", stored).build()).build();
        } catch (SubmitRefused e) {
            JsonObjectBuilder problems = Jsonp.object();
            e.problems().forEach((key, problem) -> problems.add(key,
                    text(problem.messageKey(), problem.words(), problem.limit())));
            return Response.status(422).entity(Jsonp.object().add("error", "limits")
                    .add("sections", problems).build()).build();
        } catch (BusinessException e) {
            return error(Response.Status.CONFLICT, e.messageKey());
        }
    }

    private String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, localeSelection.getLocale());
        return new MessageFormat(bundle.getString(key), localeSelection.getLocale()).format(arguments);
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Jsonp.object().add("error", message).build()).build();
    }
}
