package com.smpacademy.quiz;

import com.smpacademy.support.PostgresTest;

/** The same tests as {@link QuizServiceTest}, on PostgreSQL. */
@PostgresTest
class QuizServicePostgresTest extends QuizServiceTest {
}
