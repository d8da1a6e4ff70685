package nl.leerwerkplaats.quiz.control;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a learner answered to one question, in the shape its type asks for. {@link QuestionGrader} grades it;
 * a response of the wrong shape for the question is a programming error, not learner input.
 */
public sealed interface QuestionResponse {

    /** The singleton for a question the learner left open. */
    QuestionResponse NONE = new NoAnswer();

    /**
     * Multiple choice, single or multiple response.
     *
     * @param answerIndexes the chosen answers, as indexes into {@code GiftQuestion.answers()}; empty when none
     */
    record Choice(Set<Integer> answerIndexes) implements QuestionResponse {
        public Choice {
            answerIndexes = Set.copyOf(answerIndexes);
        }

        public static Choice of(Integer... answerIndexes) {
            return new Choice(Set.of(answerIndexes));
        }
    }

    /** True/false: the statement is true ({@code value}) or false. */
    record TrueFalse(boolean value) implements QuestionResponse {
    }

    /**
     * Short answer or numerical, as typed; a number may use a decimal comma ({@code 3,5}) or a point.
     * Empty or only spaces is not answered, as Moodle trims the input before it grades.
     */
    record Text(String text) implements QuestionResponse {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Matching: for each subquestion index (into {@code GiftQuestion.subquestions()}) the answer text chosen
     * from the drop-down; a subquestion left out, or mapped to an empty text, was not answered.
     */
    record Matching(Map<Integer, String> chosen) implements QuestionResponse {
        public Matching {
            chosen = Map.copyOf(chosen);
        }
    }

    /** An essay as written; the empty text is not answered, as in Moodle. */
    record Essay(String text) implements QuestionResponse {
        public Essay {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Not answered; use {@link #NONE}. */
    record NoAnswer() implements QuestionResponse {
    }
}
