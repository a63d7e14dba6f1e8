package com.smpacademy.course;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {

    /** All of one trainee's done lessons: one query serves the catalog and a course page, however big. */
    List<LessonProgress> findByUserId(long userId);

    List<LessonProgress> findByUserIdAndCourseId(long userId, String courseId);

    boolean existsByUserIdAndCourseIdAndModuleIdAndLessonId(long userId, String courseId, String moduleId,
                                                           String lessonId);

    @Modifying
    @Query("""
            delete from LessonProgress p where p.userId = :userId and p.courseId = :courseId
              and p.moduleId = :moduleId and p.lessonId = :lessonId
            """)
    int deleteOne(@Param("userId") long userId, @Param("courseId") String courseId,
                  @Param("moduleId") String moduleId, @Param("lessonId") String lessonId);
}

interface CoursePlaceRepository extends JpaRepository<CoursePlace, CoursePlace.Key> {

    List<CoursePlace> findByKeyUserId(long userId);
}

interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    boolean existsByCourseIdAndContentHash(String courseId, String contentHash);
}
