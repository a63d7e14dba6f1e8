/**
 * Course packs and studying: packs are loaded from files and validated, lessons rendered and sanitised, and each
 * trainee's progress and place kept in the database.
 */
@NullMarked
package com.smpacademy.course;

import org.jspecify.annotations.NullMarked;
