package com.smpacademy.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * YAML read with Jackson's streaming parser into a small tree that remembers the line of every value, so that each
 * problem found later can point at its line.
 */
final class YamlTree {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    /** A value (map, list, string, number, boolean or null) and the 1-based line it starts on. */
    record Node(@Nullable Object value, int line) {

        boolean isMap() { return value instanceof Map; }
        boolean isList() { return value instanceof List; }

        @SuppressWarnings("unchecked")
        Map<String, Node> map() { return value instanceof Map ? (Map<String, Node>) value : Map.of(); }

        @SuppressWarnings("unchecked")
        List<Node> list() { return value instanceof List ? (List<Node>) value : List.of(); }

        @Nullable Node get(String key) { return map().get(key); }
    }

    /** A YAML syntax error with its line. */
    static final class SyntaxError extends Exception {
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** Duplicate keys found while reading: they make the document ambiguous, so they are problems too. */
    record Parsed(Node root, List<SyntaxError> duplicateKeys) {
    }

    private YamlTree() {
    }

    static Parsed parse(String text, int firstLine) throws SyntaxError {
        List<SyntaxError> duplicates = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new Parsed(new Node(null, firstLine), duplicates);
            }
            Node root = read(parser, token, firstLine - 1, duplicates);
            return new Parsed(root, duplicates);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String message = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage();
            throw new SyntaxError(line + firstLine - 1, "invalid YAML: " + message.lines().findFirst().orElse(""));
        }
    }

    private static Node read(JsonParser parser, JsonToken token, int offset, List<SyntaxError> duplicates) {
        int line = parser.currentTokenLocation().getLineNr() + offset;
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr() + offset;
                    Node value = read(parser, parser.nextToken(), offset, duplicates);
                    if (map.containsKey(key)) {
                        duplicates.add(new SyntaxError(keyLine, "duplicate key '" + key + "'"));
                    }
                    map.put(key, value);
                }
                return new Node(map, line);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(read(parser, t, offset, duplicates));
                }
                return new Node(list, line);
            }
            case VALUE_STRING -> {
                return new Node(parser.getString(), line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(parser.getNumberValue(), line);
            }
            case VALUE_TRUE -> {
                return new Node(Boolean.TRUE, line);
            }
            case VALUE_FALSE -> {
                return new Node(Boolean.FALSE, line);
            }
            default -> {
                return new Node(null, line);
            }
        }
    }
}
