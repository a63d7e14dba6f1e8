/** The trainee's quiz page, the landmark picker and the instructor's quiz statistics. */
@NullMarked
package com.smpacademy.quiz.ui;

import org.jspecify.annotations.NullMarked;
