/** Module quizzes: attempts drawn and graded on the server, review policies, and question statistics. */
@NullMarked
package com.smpacademy.quiz;

import org.jspecify.annotations.NullMarked;
