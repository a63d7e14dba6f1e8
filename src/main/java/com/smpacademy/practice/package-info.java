/** The practice logbook: entries with photos, the review workflow with a rubric, hour totals. */
@NullMarked
package com.smpacademy.practice;

import org.jspecify.annotations.NullMarked;
