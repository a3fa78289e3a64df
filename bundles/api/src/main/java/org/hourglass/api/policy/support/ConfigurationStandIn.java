package org.hourglass.api.policy.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A policy's typed configuration ({@code @ObjectClassDefinition} annotation type) built from a map, as DS builds it
 * from Config Admin: for unit tests of a policy's rules without a framework, and for checks that want the typed
 * view. Keys follow DS's name mapping ({@code rate_free} reads {@code rate.free}, {@code a__b} reads {@code a_b});
 * a missing key gives the annotation's default; values are converted from strings like DS does.
 *
 * <pre>
 * BeijingConfig config = ConfigurationStandIn.of(BeijingConfig.class, Map.of("thresholdHours", "40"));
 * </pre>
 */
public final class ConfigurationStandIn {
    private ConfigurationStandIn() {
    }

    public static <A extends Annotation> A of(Class<A> type, Map<String, ?> values) {
        Map<String, Object> copy = new HashMap<>(values);
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            switch (method.getName()) {
                case "annotationType":
                    return type;
                case "toString":
                    return type.getSimpleName() + copy;
                case "hashCode":
                    return copy.hashCode();
                case "equals":
                    return p == args[0];
                default:
                    return value(method, copy);
            }
        });
        return type.cast(proxy);
    }

    private static Object value(Method method, Map<String, Object> values) {
        String key = propertyName(method.getName());
        Object raw = values.containsKey(key) ? values.get(key) : method.getDefaultValue();
        return convert(raw, method.getReturnType(), key);
    }

    /** DS 1.3 (112.8.2.2) mapping of a method name to a property name. */
    static String propertyName(String method) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            boolean next = i + 1 < method.length();
            if (c == '$') {
                if (next && method.charAt(i + 1) == '$') {
                    out.append('$');
                    i++;
                }
            } else if (c == '_') {
                if (next && method.charAt(i + 1) == '_') {
                    out.append('_');
                    i++;
                } else {
                    out.append('.');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Object convert(Object raw, Class<?> target, String key) {
        if (target.isArray()) {
            Object[] items = raw == null ? new Object[0] : raw.getClass().isArray() ? toObjects(raw)
                    : raw.toString().isEmpty() ? new Object[0] : raw.toString().split(",");
            Object array = Array.newInstance(target.getComponentType(), items.length);
            for (int i = 0; i < items.length; i++) {
                Array.set(array, i, convert(items[i] instanceof String s ? s.trim() : items[i], target.getComponentType(), key));
            }
            return array;
        }
        if (raw == null) {
            throw new IllegalArgumentException(key + " has no value and no default");
        }
        if (target.isInstance(raw) || (target.isPrimitive() && wrapper(target).isInstance(raw))) {
            return raw;
        }
        String s = raw.toString().trim();
        try {
            if (target == String.class) {
                return s;
            } else if (target == int.class || target == Integer.class) {
                return Integer.valueOf(s);
            } else if (target == long.class || target == Long.class) {
                return Long.valueOf(s);
            } else if (target == boolean.class || target == Boolean.class) {
                return Boolean.valueOf(s);
            } else if (target == double.class || target == Double.class) {
                return Double.valueOf(s);
            } else if (target.isEnum()) {
                return enumValue(target, s);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " = '" + s + "' is not a " + target.getSimpleName(), e);
        }
        throw new IllegalArgumentException(key + ": unsupported type " + target.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String s) {
        return Enum.valueOf((Class) type, s);
    }

    private static Object[] toObjects(Object array) {
        Object[] out = new Object[Array.getLength(array)];
        for (int i = 0; i < out.length; i++) {
            out[i] = Array.get(array, i);
        }
        return out;
    }

    private static Class<?> wrapper(Class<?> primitive) {
        return primitive == int.class ? Integer.class : primitive == long.class ? Long.class : primitive == boolean.class ? Boolean.class
                : primitive == double.class ? Double.class : primitive;
    }
}
