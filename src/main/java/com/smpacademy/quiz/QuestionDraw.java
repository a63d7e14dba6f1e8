package com.smpacademy.quiz;

import com.smpacademy.course.CourseModel.Question;
import com.smpacademy.course.CourseModel.Quiz;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws an attempt's questions from a bank: {@code drawCount} at random, or per tag when the quiz sets
 * {@code drawByTag} (a question with several tags counts once), then in random order.
 */
final class QuestionDraw {

    private QuestionDraw() {
    }

    static List<Question> draw(Quiz quiz, Random random) {
        List<Question> bank = new ArrayList<>(quiz.questions());
        Collections.shuffle(bank, random);
        Set<Question> drawn = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> tag : quiz.drawByTag().entrySet()) {
            int taken = 0;
            for (Question q : bank) {
                if (taken == tag.getValue()) {
                    break;
                }
                if (q.tags().contains(tag.getKey()) && drawn.add(q)) {
                    taken++;
                }
            }
        }
        for (Question q : bank) {
            if (drawn.size() >= Math.min(quiz.drawCount(), bank.size())) {
                break;
            }
            drawn.add(q);
        }
        List<Question> result = new ArrayList<>(drawn);
        Collections.shuffle(result, random);
        return List.copyOf(result);
    }
}
