/** Web and method security configuration shared by every feature. */
@NullMarked
package com.smpacademy.security;

import org.jspecify.annotations.NullMarked;
