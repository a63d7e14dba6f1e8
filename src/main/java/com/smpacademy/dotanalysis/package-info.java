/**
 * Objective dot analysis of practice photos: finds the practice card's fiducial markers, removes perspective, and
 * measures every dot (size, spacing, density, uniformity, blow-outs, merged dots). Knows nothing of the logbook;
 * the practice feature calls {@link com.smpacademy.dotanalysis.DotAnalyzer}.
 */
@NullMarked
package com.smpacademy.dotanalysis;

import org.jspecify.annotations.NullMarked;
