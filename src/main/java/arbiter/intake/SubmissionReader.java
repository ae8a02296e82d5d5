package arbiter.intake;

import arbiter.intake.InvalidSubmission.FieldError;
import arbiter.system.ClientInput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the JSON part of an intake request. Every field the contract does not know is named (not just the
 * first); a value of the wrong type is named with what was expected.
 */
final class SubmissionReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SubmissionReader() {
    }

    static DisputeSubmission read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidSubmission("dispute", "the JSON part named 'dispute' is missing or empty");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSubmission("dispute", "is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidSubmission("dispute", "must be a JSON object");
        }
        List<FieldError> unknown = new ArrayList<>();
        collectRefusedText(tree, "", unknown);
        collectUnknown(tree, DisputeSubmission.class, "", unknown);
        if (!unknown.isEmpty()) {
            throw new InvalidSubmission(unknown);
        }
        try {
            return JSON.treeToValue(tree, DisputeSubmission.class);
        } catch (JsonMappingException e) {
            throw new InvalidSubmission(path(e), expectation(e));
        } catch (JsonProcessingException e) {
            throw new InvalidSubmission("dispute", "cannot be read");
        }
    }

    /** Names each string value (and property name) holding a character {@link ClientInput} refuses. */
    private static void collectRefusedText(JsonNode node, String path, List<FieldError> refused) {
        if (node.isTextual()) {
            ClientInput.refusedCharacter(node.textValue()).ifPresent(c -> refused.add(new FieldError(
                    path.isEmpty() ? "dispute" : path, "holds the control character " + c + ", which is not accepted")));
        } else if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ClientInput.isAcceptable(name)) {
                    refused.add(new FieldError(path.isEmpty() ? "dispute" : path,
                            "has a property name holding a control character, which is not accepted"));
                    continue;
                }
                collectRefusedText(node.get(name), path.isEmpty() ? name : path + "." + name, refused);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefusedText(node.get(i), path + "[" + i + "]", refused);
            }
        }
    }

    /** Walks the tree beside the record types and names each property they do not declare. */
    private static void collectUnknown(JsonNode node, Type type, String path, List<FieldError> unknown) {
        if (type instanceof Class<?> record && record.isRecord() && node.isObject()) {
            List<RecordComponent> components = Arrays.asList(record.getRecordComponents());
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                components.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresentOrElse(
                        c -> collectUnknown(node.get(name), c.getGenericType(), fieldPath, unknown),
                        () -> unknown.add(new FieldError(fieldPath, "is not a field of this contract")));
            }
        } else if (type instanceof ParameterizedType list && node.isArray()) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                collectUnknown(node.get(i), element, path + "[" + i + "]", unknown);
            }
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "dispute" : path.toString();
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            if (target.getSimpleName().equals("OffsetDateTime")) {
                return "must be a date and time with its offset, e.g. 2026-11-12T20:13:01+08:00";
            }
            return "must be " + describe(target);
        }
        if (e.getMessage() != null && e.getMessage().contains("OffsetDateTime")) {
            return "must be a date and time with its offset, e.g. 2026-11-12T20:13:01+08:00";
        }
        return "has the wrong type";
    }

    private static String describe(Class<?> target) {
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a whole number";
        }
        if (target == String.class) {
            return "a string";
        }
        return "a " + target.getSimpleName();
    }
}
