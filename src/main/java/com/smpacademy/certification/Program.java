package com.smpacademy.certification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certification program as a course declares it in course.yaml ({@code certification:}). Defaults apply to
 * anything left out.
 */
public record Program(String courseId, String name, List<String> requiredModules, int quizPassMark,
                      Map<String, Double> practiceHours, double minimumLiveModelRubricAverage,
                      boolean practicalAssessment, int validityMonths, int renewalRecentHours, int renewalMonths,
                      String renewalRefresherModule) {

    @SuppressWarnings("unchecked")
    static Program from(String courseId, String courseTitle, List<String> allModules, Map<String, Object> c) {
        String name = c.get("name") instanceof String s ? s : courseTitle;
        List<String> modules = c.get("requiredModules") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.copyOf(allModules);
        Map<String, Double> hours = new LinkedHashMap<>();
        if (c.get("practiceHours") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (v instanceof Number n) {
                    hours.put(String.valueOf(k), n.doubleValue());
                }
            });
        }
        Map<String, Object> renewal = c.get("renewal") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of();
        return new Program(courseId, name, List.copyOf(new ArrayList<>(modules)), number(c.get("quizPassMark"), 80),
                Map.copyOf(hours), c.get("minimumLiveModelRubricAverage") instanceof Number n ? n.doubleValue() : 3.5,
                !Boolean.FALSE.equals(c.get("practicalAssessment")), number(c.get("validityMonths"), 24),
                number(renewal.get("recentApprovedHours"), 10), number(renewal.get("recentMonths"), 12),
                renewal.get("refresherModule") instanceof String m ? m : "");
    }

    private static int number(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
