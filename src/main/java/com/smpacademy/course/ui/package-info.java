/** Views for studying (catalog, course, lesson) and the admin's course-pack page. */
@NullMarked
package com.smpacademy.course.ui;

import org.jspecify.annotations.NullMarked;
