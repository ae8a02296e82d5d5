package arbiter.intake;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import arbiter.intake.InvalidSubmission.FieldError;
import arbiter.system.ClientInput;

/**
 * Reads the JSON part of an intake request, strictly (DESIGN "Platform API"): every field the contract does not
 * know is named (not just the first); a value of the wrong JSON type is refused and named with what was
 * expected, never converted. Refused, each naming its field: a fraction into an amount in fen
 * ({@code 59900.9}), a string into a number ({@code "59900"}), a number, boolean, object or array into a
 * string, a number beyond the field's range, a case-folded or numeric enum ({@code "not_received"},
 * {@code 0}), a number or a date without its time and offset into a date and time, a single value where a list
 * is expected. Raises {@link InvalidSubmission}.
 */
final class SubmissionReader {

    private static final String DATE_TIME = "must be a date and time with its offset, e.g. 2026-11-12T20:13:01+08:00";
    private static final ObjectMapper JSON = strictMapper();

    /** Jackson with every lenient conversion of a scalar turned off (it converts by default). */
    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A scalar is taken only from its own JSON type: no number or boolean into a string, no string into a
        // number, an enum or a boolean, no number into a date and time (which would read it as seconds since 1970).
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Collection, CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.POJO, CoercionInputShape.String, CoercionInputShape.EmptyString);
        return mapper;
    }

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
        collectContractErrors(tree, DisputeSubmission.class, "", unknown);
        if (!unknown.isEmpty()) {
            throw new InvalidSubmission(unknown);
        }
        try {
            return JSON.treeToValue(tree, DisputeSubmission.class);
        } catch (JsonMappingException e) {
            throw new InvalidSubmission(path(e), expectation(e));
        } catch (InputCoercionException e) {
            // A number beyond its field's range: raised by the parser, which knows where it stands.
            String path = e.getProcessor() != null ? path(e.getProcessor().getParsingContext()) : "dispute";
            throw new InvalidSubmission(path, "must be " + describe(e.getTargetType()) + " within its range");
        } catch (JsonProcessingException e) {
            throw new InvalidSubmission("dispute", "cannot be read");
        }
    }

    private static void refuse(JsonMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Names each string value (and property name) holding a character {@link ClientInput} refuses. */
    private static void collectRefusedText(JsonNode node, String path, List<FieldError> refused) {
        if (node.isTextual()) {
            ClientInput.refusedCharacter(node.textValue()).ifPresent(c -> refused.add(new FieldError(
                    path.isEmpty() ? "dispute" : path, "holds the control character " + c + ", which is not accepted")));
        } else if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
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

    /**
     * Walks the tree beside the record types: names each property they do not declare, and each scalar that
     * Jackson would convert although the contract's type is another (Jackson trims an enum's name and reads a
     * number into a date and time whatever its coercion settings; a number too large for its field fails in
     * the parser, where the field's name is less plain).
     */
    private static void collectContractErrors(JsonNode node, Type type, String path, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return; // required fields are named by the validation
        }
        if (type instanceof Class<?> record && record.isRecord() && node.isObject()) {
            List<RecordComponent> components = Arrays.asList(record.getRecordComponents());
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                components.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresentOrElse(
                        c -> collectContractErrors(node.get(name), c.getGenericType(), fieldPath, errors),
                        () -> errors.add(new FieldError(fieldPath, "is not a field of this contract")));
            }
        } else if (type instanceof ParameterizedType list && node.isArray()) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                collectContractErrors(node.get(i), element, path + "[" + i + "]", errors);
            }
        } else if (type == Long.class && node.isNumber()) {
            if (!node.isIntegralNumber()) {
                errors.add(new FieldError(path, "must be a whole number"));
            } else if (!node.canConvertToLong()) {
                errors.add(new FieldError(path, "must be a whole number within its range"));
            }
        } else if (type instanceof Class<?> enumType && enumType.isEnum()) {
            boolean named = node.isTextual() && Arrays.stream(enumType.getEnumConstants())
                    .anyMatch(constant -> ((Enum<?>) constant).name().equals(node.textValue()));
            if (!named) {
                errors.add(new FieldError(path, "must be one of " + Arrays.toString(enumType.getEnumConstants())));
            }
        } else if (type == OffsetDateTime.class && !node.isTextual()) {
            errors.add(new FieldError(path, DATE_TIME));
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

    /** The path of the value a parser stands on, in the form of {@link #path(JsonMappingException)}. */
    private static String path(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            path.append(path.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
        }
        return path.isEmpty() ? "dispute" : path.toString();
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // An enum never gets here: the walk of the contract names every value that is not a constant's name.
            Class<?> target = mismatch.getTargetType();
            if (target == OffsetDateTime.class) {
                return DATE_TIME;
            }
            return "must be " + describe(target);
        }
        if (e.getMessage() != null && e.getMessage().contains("OffsetDateTime")) {
            return DATE_TIME;
        }
        return "has the wrong type";
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a whole number";
        }
        if (target == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (target.isRecord()) {
            return "an object";
        }
        return "a " + target.getSimpleName();
    }
}
