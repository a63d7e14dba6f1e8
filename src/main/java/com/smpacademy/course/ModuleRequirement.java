package com.smpacademy.course;

import com.smpacademy.course.CourseModel.Course;
import com.smpacademy.course.CourseModel.Module;
import java.util.Set;

/**
 * A condition for completing a module beyond reading its lessons, contributed by another feature as a bean (the
 * quiz feature: the module's quiz is passed). The course feature asks; it does not know who answers.
 */
public interface ModuleRequirement {

    /** The ids of the modules of {@code course} whose condition {@code userId} has met, in one query at most. */
    Set<String> metBy(long userId, Course course);

    /** Whether this requirement applies to the module at all (e.g. it has a quiz). */
    boolean appliesTo(Module module);

    /** What the trainee still has to do, e.g. "pass the module quiz". */
    String stepLeft(Module module);
}
