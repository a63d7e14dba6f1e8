package com.smpacademy.course;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link CourseServiceTest}, on PostgreSQL. */
@PostgresTest
class CourseServicePostgresTest extends CourseServiceTest {
}
