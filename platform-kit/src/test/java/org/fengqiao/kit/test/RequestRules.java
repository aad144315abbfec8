package org.fengqiao.kit.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What every request body a service's API takes must say of its sizes: each text has a longest
 * length ({@code @Size(max)}, or a {@code @Pattern} or {@code @Email} that bounds it) and each list,
 * set or map a most elements ({@code @Size(max)}), so no body can make a service store, publish
 * or notify more than it was built for (an incident with 4,000 media references made an event the
 * broker refused). A request body is a record named {@code *Request} in a {@code web} package.
 * A service's architecture test includes it with {@code ArchTests.in(RequestRules.class)}.
 */
public final class RequestRules {

    @ArchTest
    public static final ArchRule every_text_and_list_of_a_request_body_is_bounded = requestBodies(
            "bound every text and every list, set or map they hold", (type, component) -> {
                Class<?> value = component.getType();
                boolean text = value == String.class;
                boolean many = Collection.class.isAssignableFrom(value) || Map.class.isAssignableFrom(value);
                return (text || many) && !bounded(type, component, text)
                        ? (text ? "a text without @Size(max), @Pattern or @Email" : "a collection without @Size(max)") : null;
            });

    /**
     * Every element of a list or set in a request body is declared non-null ({@code @NotNull},
     * {@code @NotBlank} or {@code @NotEmpty} on the element type): {@code "parties": [null]} is then
     * refused naming {@code parties[0]} instead of failing further on (the generated hostile input
     * found one such list that answered 500).
     */
    @ArchTest
    public static final ArchRule every_element_of_a_request_list_is_non_null = requestBodies(
            "declare the elements of every list or set they hold non-null", (type, component) ->
                    Collection.class.isAssignableFrom(component.getType())
                            && !(component.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType parameterized
                            && nonNull(parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations()))
                            ? "a list or set whose elements may be null (no @NotNull, @NotBlank or @NotEmpty on the element type)" : null);

    /**
     * A rule over every component of every request body (a record named {@code *Request} in a
     * {@code web} package): {@code violation} says what is wrong with a component, or null.
     */
    private static ArchRule requestBodies(String should, java.util.function.BiFunction<Class<?>, RecordComponent, String> violation) {
        return classes().that().resideInAPackage("..web..").and().haveSimpleNameEndingWith("Request")
                .should(new ArchCondition<>(should) {
                    @Override
                    public void check(JavaClass request, ConditionEvents events) {
                        Class<?> type = request.reflect();
                        if (!type.isRecord()) {
                            return;
                        }
                        for (RecordComponent component : type.getRecordComponents()) {
                            String wrong = violation.apply(type, component);
                            if (wrong != null) {
                                events.add(SimpleConditionEvent.violated(request, type.getName() + "." + component.getName() + ": " + wrong));
                            }
                        }
                    }
                });
    }

    private static boolean nonNull(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof jakarta.validation.constraints.NotNull || annotation instanceof jakarta.validation.constraints.NotBlank
                    || annotation instanceof jakarta.validation.constraints.NotEmpty) {
                return true;
            }
        }
        return false;
    }

    private static boolean bounded(Class<?> record, RecordComponent component, boolean text) {
        try {
            Field field = record.getDeclaredField(component.getName());
            return bounds(field.getAnnotations(), text) || bounds(field.getAnnotatedType(), text)
                    || bounds(component.getAccessor().getAnnotations(), text);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean bounds(AnnotatedType type, boolean text) {
        return bounds(type.getAnnotations(), text);
    }

    private static boolean bounds(Annotation[] annotations, boolean text) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Size size && size.max() < Integer.MAX_VALUE) {
                return true;
            }
            if (text && (annotation instanceof Pattern || annotation instanceof Email)) {
                return true;
            }
        }
        return false;
    }

    private RequestRules() {
    }
}
