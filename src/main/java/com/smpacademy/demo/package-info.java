/**
 * Demo history (only with {@code academy.demo-data=true}): trainees part-way through the course, quiz attempts,
 * practice entries in every state with photos, reviews, a practical assessment. Made through the features' public
 * services, each call as the person who would make it, so the demo obeys every rule the app enforces. Nothing
 * depends on this package.
 */
@NullMarked
package com.smpacademy.demo;

import org.jspecify.annotations.NullMarked;
