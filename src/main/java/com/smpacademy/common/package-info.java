/** Small types shared by every feature: the exceptions services throw for bad input and broken rules. */
@NullMarked
package com.smpacademy.common;

import org.jspecify.annotations.NullMarked;
