package nl.leerwerkplaats.quiz.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import nl.leerwerkplaats.catalog.control.QuizSettings;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/**
 * Chooses the questions of a new attempt and the order of their answers, by the quiz settings. A category with
 * a draw gives that many random questions, preferring those the learner saw least often in earlier attempts,
 * so no question repeats while the pool allows; other questions all appear.
 */
public final class AttemptDraw {

    /** One question of the attempt: its index in the quiz, and the order its answers or choices are shown in. */
    public record DrawnQuestion(int questionIndex, List<Integer> choiceOrder) {
    }

    private AttemptDraw() {
    }

    /**
     * @param seenBefore for each question index, how often earlier attempts of this learner showed it
     */
    public static List<DrawnQuestion> draw(List<GiftQuestion> questions, QuizSettings settings,
                                           Map<Integer, Integer> seenBefore, Random random) {
        Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String category = questions.get(i).category();
            if (category != null && settings.draw().containsKey(category)) {
                byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(i);
            } else {
                chosen.add(i);
            }
        }
        byCategory.forEach((category, pool) ->
                chosen.addAll(leastSeen(pool, settings.draw().get(category), seenBefore, random)));
        Collections.sort(chosen);
        if (settings.shuffleQuestions()) {
            Collections.shuffle(chosen, random);
        }
        return chosen.stream()
                .map(index -> new DrawnQuestion(index, choiceOrder(questions.get(index), settings, random)))
                .toList();
    }

    private static List<Integer> leastSeen(List<Integer> pool, int count, Map<Integer, Integer> seenBefore,
                                           Random random) {
        List<Integer> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        // A stable sort keeps the random order among questions seen equally often.
        shuffled.sort(Comparator.comparingInt(index -> seenBefore.getOrDefault(index, 0)));
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /**
     * Multiple choice: an order of the answer indexes; matching: an order of the distinct answer texts in the
     * drop-down (as indexes of their first pair); other types: empty. Unshuffled, file order.
     */
    static List<Integer> choiceOrder(GiftQuestion question, QuizSettings settings, Random random) {
        List<Integer> order = switch (question.type()) {
            case GiftQuestion.MULTICHOICE -> new ArrayList<>(IntStream.range(0, question.answers().size()).boxed().toList());
            case GiftQuestion.MATCH -> distinctChoices(question);
            default -> new ArrayList<>();
        };
        // Moodle always shuffles a matching question's drop-down; otherwise the first choice gives the first answer.
        if (settings.shuffleAnswers() || GiftQuestion.MATCH.equals(question.type())) {
            Collections.shuffle(order, random);
        }
        return List.copyOf(order);
    }

    private static List<Integer> distinctChoices(GiftQuestion question) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < question.subquestions().size(); i++) {
            if (seen.add(question.subquestions().get(i).answer())) {
                firsts.add(i);
            }
        }
        return firsts;
    }
}
