package com.smpacademy.quiz.ui;

import com.smpacademy.quiz.Answer;
import com.smpacademy.quiz.QuizService.ShownLandmark;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The landmark picker: a web component from {@code frontend/components/landmark-picker.js} that lets the trainee
 * click one point per landmark on a diagram. It is given the image, its viewBox size and the landmarks' labels, and
 * reports only the points placed; target regions never reach it.
 */
@Tag("landmark-picker")
@JavaScript("context://components/landmark-picker.js")
public class LandmarkPicker extends com.vaadin.flow.component.Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public LandmarkPicker(String imageUrl, double viewWidth, double viewHeight, List<ShownLandmark> landmarks) {
        getElement().setAttribute("src", imageUrl);
        getElement().setAttribute("view-width", Double.toString(viewWidth));
        getElement().setAttribute("view-height", Double.toString(viewHeight));
        getElement().setAttribute("landmarks", JSON.writeValueAsString(landmarks.stream()
                .map(l -> Map.of("id", l.id(), "label", l.label())).toList()));
    }

    public void setPoints(@Nullable Map<String, Answer.Point> points) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        if (points != null) {
            points.forEach((id, p) -> out.put(id, Map.of("x", p.x(), "y", p.y())));
        }
        getElement().setAttribute("points", JSON.writeValueAsString(out));
    }

    public void setReadOnly(boolean readOnly) {
        getElement().setAttribute("disabled", readOnly);
    }

    public Registration addPointsChangedListener(ComponentEventListener<PointsChanged> listener) {
        return addListener(PointsChanged.class, listener);
    }

    /** Points placed by the trainee, parsed and checked on the server. */
    @DomEvent("points-changed")
    public static class PointsChanged extends ComponentEvent<LandmarkPicker> {

        private final Map<String, Answer.Point> points = new LinkedHashMap<>();

        public PointsChanged(LandmarkPicker source, boolean fromClient,
                             @EventData("event.detail.points") String json) {
            super(source, fromClient);
            try {
                JsonNode node = JSON.readTree(json == null ? "{}" : json);
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    JsonNode p = e.getValue();
                    if (p.path("x").isNumber() && p.path("y").isNumber() && e.getKey().length() <= 100) {
                        points.put(e.getKey(), new Answer.Point(p.path("x").asDouble(), p.path("y").asDouble()));
                    }
                }
            } catch (RuntimeException malformed) {
                points.clear();
            }
        }

        public Map<String, Answer.Point> points() {
            return points;
        }
    }
}
