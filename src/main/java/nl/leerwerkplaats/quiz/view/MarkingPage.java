package nl.leerwerkplaats.quiz.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerwerkplaats.identity.boundary.CurrentAccount;
import nl.leerwerkplaats.quiz.boundary.Marking;
import nl.leerwerkplaats.quiz.entity.AttemptSlot;

/** Backs quiz/marking.xhtml: the essay answers waiting for this lecturer's mark. */
@Named
@RequestScoped
public class MarkingPage {

    @Inject
    Marking marking;

    @Inject
    CurrentAccount currentAccount;

    private List<AttemptSlot> awaiting;

    public List<AttemptSlot> getAwaiting() {
        if (awaiting == null) {
            awaiting = marking.awaiting(currentAccount.get());
        }
        return awaiting;
    }
}
