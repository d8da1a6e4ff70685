package nl.leerwerkplaats.quiz.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.platform.AccessDenied;
import nl.leerwerkplaats.platform.BusinessException;
import nl.leerwerkplaats.platform.Jsonp;
import nl.leerwerkplaats.quiz.control.QuestionHtml;
import nl.leerwerkplaats.quiz.control.ResponseCodec.InvalidResponse;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;
import nl.leerwerkplaats.quiz.entity.QuizAttempt;

/**
 * The attempt page's autosave: {@code PUT /api/v1/attempts/{id}/slots/{n}} with
 * {@code {"response":{...},"clientTime":ms}}, {@code POST .../slots/{n}/check} for immediate feedback and
 * {@code POST .../submit}. Someone else's attempt is 404; a closed attempt is 409 with the result page's address.
 * JSON bodies only, and the same-origin filter refuses cross-site writes.
 */
@Path("v1/attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptsResource {

    @Inject
    Attempts attempts;

    @Inject
    CurrentAccount currentAccount;

    @Context
    HttpServletRequest request;

    @PUT
    @Path("slots/{slot}")
    public Response save(@PathParam("id") long id, @PathParam("slot") int slot, JsonObject body) {
        JsonObject response = body == null ? null : body.getJsonObject("response");
        JsonNumber clientTime = body == null ? null : body.getJsonNumber("clientTime");
        if (response == null || clientTime == null) {
            return problem(Response.Status.BAD_REQUEST, "a save needs 'response' (an object) and 'clientTime'", id);
        }
        return handle(id, () -> {
            AttemptSlot saved = attempts.save(currentAccount.get(), id, slot, response, clientTime.longValue());
            return Jsonp.object().add("slot", slot)
                    .add("savedAt", String.valueOf(saved.getSavedAt())).build();
        });
    }

    @POST
    @Path("slots/{slot}/check")
    public Response check(@PathParam("id") long id, @PathParam("slot") int slot) {
        return handle(id, () -> {
            AttemptSlot checked = attempts.check(currentAccount.get(), id, slot);
            var question = attempts.quizOf(checked.getAttempt()).questions().get(checked.getQuestionIndex());
            String feedback = QuestionHtml.feedback(checked.getFeedback(), question);
            return Jsonp.object().add("slot", slot).add("status", checked.getGradeStatus().name())
                    .add("fraction", checked.getFraction()).add("feedback", feedback).build();
        });
    }

    @POST
    @Path("submit")
    public Response submit(@PathParam("id") long id) {
        return handle(id, () -> {
            QuizAttempt graded = attempts.submit(currentAccount.get(), id);
            return Jsonp.object().add("state", graded.getState().name())
                    .add("result", resultUrl(id)).build();
        });
    }

    private Response handle(long id, java.util.function.Supplier<JsonObject> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (AccessDenied e) {
            return problem(Response.Status.NOT_FOUND, "no such attempt or question", id);
        } catch (InvalidResponse e) {
            return problem(Response.Status.BAD_REQUEST, e.getMessage(), id);
        } catch (BusinessException e) {
            return problem(Response.Status.CONFLICT, e.messageKey(), id);
        }
    }

    private Response problem(Response.Status status, String message, long id) {
        return Response.status(status).entity(Jsonp.object().add("error", message)
                .add("result", resultUrl(id)).build()).build();
    }

    private String resultUrl(long id) {
        return request.getContextPath() + "/quiz/result?attempt=" + id;
    }
}
