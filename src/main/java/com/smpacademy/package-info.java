/**
 * SMP Academy. One package per feature ({@code account}, {@code course}, {@code quiz}, {@code practice},
 * {@code certification}, {@code clinic}, {@code audit}), each with its entities, repositories, one public service
 * and a {@code ui} sub-package; shared layout in {@code ui}, security configuration in {@code security}.
 */
@NullMarked
package com.smpacademy;

import org.jspecify.annotations.NullMarked;
