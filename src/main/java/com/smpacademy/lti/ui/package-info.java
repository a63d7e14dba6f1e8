/** Views of the LTI feature: the admin's LMS connections page and the instructor's LMS courses. */
@NullMarked
package com.smpacademy.lti.ui;

import org.jspecify.annotations.NullMarked;
