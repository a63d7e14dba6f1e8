/**
 * Clinics: the owners' workspace. A clinic's roster of the artists it employs (certificates read live from
 * certification), bulk verification, alerts when a rostered certificate changes, and sponsored trainees. Depends on
 * certification (and the features below it) through their public services and events; none of them knows clinics.
 */
@NullMarked
package com.smpacademy.clinic;

import org.jspecify.annotations.NullMarked;
