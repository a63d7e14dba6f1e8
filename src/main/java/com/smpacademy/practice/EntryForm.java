package com.smpacademy.practice;

import com.smpacademy.practice.PracticeEnums.Setting;
import com.smpacademy.practice.PracticeEnums.Skill;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a trainee fills in for a practice session. Field names are the keys of the validation messages:
 * {@code date}, {@code minutes}, {@code setting}, {@code skill}, {@code needleGrouping}, {@code needleDiameterMm},
 * {@code pigment}, {@code dilution}, {@code area}, {@code supervisorId}, {@code notes}.
 */
public record EntryForm(@Nullable LocalDate date, int minutes, @Nullable Setting setting, @Nullable Skill skill,
                        @Nullable String needleGrouping, @Nullable Double needleDiameterMm, @Nullable String pigment,
                        @Nullable String dilution, @Nullable String area, @Nullable Long supervisorId,
                        @Nullable String notes) {
}
