package com.smpacademy.quiz;

import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Module;
import com.smpacademy.course.ModuleRequirement;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A module with a quiz is complete only once its quiz is passed. */
@Component
class QuizPassedRequirement implements ModuleRequirement {

    private final QuizAttemptRepository attempts;

    QuizPassedRequirement(QuizAttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    public Set<String> metBy(long userId, Course course) {
        return attempts.passedModules(userId, course.id());
    }

    @Override
    public boolean appliesTo(Module module) {
        return module.quiz() != null;
    }

    @Override
    public String stepLeft(Module module) {
        return "pass the module quiz";
    }
}
