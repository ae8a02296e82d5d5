package arbiter.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import arbiter.intake.InvalidSubmission.FieldError;

/**
 * The intake JSON is read strictly (issue 13, fault 2): every field of the contract, found by walking the
 * submission's record types (a new field joins by itself), is given each value of the wrong JSON type for its
 * kind, and each is refused naming exactly that field. What each kind gets:
 * <ul>
 * <li>amount in fen (a whole number): a fraction, an integral float, a number in a string, an empty string, a
 * boolean, an object, a list, a number beyond the range of a 64-bit integer in either direction;</li>
 * <li>text: a number, a fraction, a boolean, an object, a list;</li>
 * <li>enum: its name in lower case, with a space, its ordinal, an empty string, a boolean;</li>
 * <li>date and time: seconds since 1970, a fraction, a date alone, a time without offset, an empty string, a
 * boolean;</li>
 * <li>list: a single string, an object, a number; object: a string, a list, a number.</li>
 * </ul>
 * Plain JUnit: the reader is the whole of this rule; {@link IntakeBadInputTest} shows through the API that a
 * refused request is a 400 naming the field and stores nothing.
 */
class StrictIntakeJsonTest {

    /** A leaf or branch of the contract: its path in the example ({@code chat[0].photos[0]}) and its Java type. */
    record Field(List<Object> steps, String path, Type type, boolean required) {
    }

    @TestFactory
    Stream<DynamicTest> everyFieldRefusesEveryValueOfTheWrongKind() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Field field : contract()) {
            for (Object wrong : wrongValues(field.type())) {
                String name = field.path() + " = " + IntakeRequests.json(wrong);
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Map<String, Object> dispute = IntakeRequests.dispute("TB-STRICT-1");
                    set(dispute, field.steps(), wrong);
                    InvalidSubmission refused = assertThrows(InvalidSubmission.class,
                            () -> SubmissionReader.read(IntakeRequests.json(dispute)), name);
                    assertEquals(List.of(field.path()), refused.errors().stream().map(FieldError::field).toList(),
                            refused.errors().toString());
                }));
            }
        }
        assertTrue(tests.size() > 150, "the walk found the contract's fields: " + tests.size());
        return tests.stream();
    }

    @Test
    void theExampleItselfIsRead() {
        DisputeSubmission read = SubmissionReader.read(IntakeRequests.json(IntakeRequests.dispute("TB-STRICT-2")));
        assertEquals(59900L, read.order().amountPaid());
    }

    @Test
    void aFractionOfAFenIsRefusedWithWhatWasExpected() {
        Map<String, Object> dispute = IntakeRequests.dispute("TB-STRICT-3");
        IntakeBadInputTest.order(dispute).put("amountPaid", 59900.9);
        InvalidSubmission refused = assertThrows(InvalidSubmission.class,
                () -> SubmissionReader.read(IntakeRequests.json(dispute)));
        assertEquals(List.of(new FieldError("order.amountPaid", "must be a whole number")), refused.errors());
    }

    @Test
    void aNumberBeyondSixtyFourBitsIsRefusedAsOutOfRange() {
        Map<String, Object> dispute = IntakeRequests.dispute("TB-STRICT-4");
        dispute.put("requestedRefund", new java.math.BigInteger("99999999999999999999"));
        InvalidSubmission refused = assertThrows(InvalidSubmission.class,
                () -> SubmissionReader.read(IntakeRequests.json(dispute)));
        assertEquals(List.of(new FieldError("requestedRefund", "must be a whole number within its range")),
                refused.errors());
    }

    /** The fields the contract requires (NotNull, NotBlank), as {@link #fields} finds them. */
    static List<Field> requiredFields() {
        return contract().stream().filter(Field::required).toList();
    }

    private static List<Object> wrongValues(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Long.class || raw == Integer.class || raw == long.class || raw == int.class) {
            return List.of(59900.9, 59900.0, "59900", "", true, Map.of("fen", 1), List.of(1),
                    new java.math.BigInteger("99999999999999999999"), new java.math.BigInteger("-99999999999999999999"),
                    1.0e30);
        }
        if (raw == String.class) {
            return List.of(123, 1.5, false, Map.of("text", "x"), List.of("x"));
        }
        if (raw.isEnum()) {
            String name = ((Enum<?>) raw.getEnumConstants()[0]).name();
            return List.of(name.toLowerCase(), " " + name, 0, "", true);
        }
        if (raw == OffsetDateTime.class) {
            return List.of(1_732_000_000, 1_732_000_000.5, "2026-11-12", "2026-11-12T20:13:01", "", true);
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of("p1", Map.of("a", 1), 7);
        }
        if (raw.isRecord()) {
            return List.of("x", List.of(), 7);
        }
        throw new IllegalStateException("no wrong values for " + type + ": add them here");
    }

    /** Every field of the contract, branches (records, lists) and leaves, as the example holds it. */
    private static List<Field> contract() {
        return fieldsOf(DisputeSubmission.class, List.of(), "");
    }

    private static List<Field> fieldsOf(Class<?> record, List<Object> steps, String path) {
        List<Field> found = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            List<Object> next = append(steps, component.getName());
            String nextPath = path.isEmpty() ? component.getName() : path + "." + component.getName();
            boolean required = component.isAnnotationPresent(NotNull.class) || component.isAnnotationPresent(NotBlank.class);
            found.add(new Field(next, nextPath, component.getGenericType(), required));
            found.addAll(within(component.getAnnotatedType(), next, nextPath));
        }
        return found;
    }

    /** The fields inside a value of this type: a record's components, a list's first element and its fields. */
    private static List<Field> within(AnnotatedType annotated, List<Object> steps, String path) {
        Type type = annotated.getType();
        if (type instanceof Class<?> record && record.isRecord()) {
            return fieldsOf(record, steps, path);
        }
        if (annotated instanceof AnnotatedParameterizedType list && type instanceof ParameterizedType p
                && List.class.isAssignableFrom((Class<?>) p.getRawType())) {
            AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
            boolean required = element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class);
            List<Field> found = new ArrayList<>();
            found.add(new Field(append(steps, 0), path + "[0]", element.getType(), required));
            found.addAll(within(element, append(steps, 0), path + "[0]"));
            return found;
        }
        return List.of();
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> next = new ArrayList<>(steps);
        next.add(step);
        return next;
    }

    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> dispute, List<Object> steps, Object value) {
        Object node = dispute;
        for (int i = 0; i < steps.size() - 1; i++) {
            node = node instanceof Map<?, ?> map ? map.get(steps.get(i)) : ((List<Object>) node).get((Integer) steps.get(i));
            if (node == null) {
                throw new IllegalStateException("the example has no " + steps.subList(0, i + 1) + ": fill it in");
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (node instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) last, value);
        } else {
            ((List<Object>) node).set((Integer) last, value);
        }
    }

}
