package org.hourglass.platform.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hourglass.api.policy.ConfigurationCheck;
import org.hourglass.api.problem.FieldError;
import org.osgi.framework.Bundle;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * Checks a policy configuration against the policy's metatype (types, {@code min}/{@code max}, options, cardinality)
 * and its own {@link ConfigurationCheck}, which core loads from the bundle the manifest header names (the extender
 * pattern: the check is there before any configuration is delivered, with no service ordering to wait for).
 */
final class ConfigurationRules {
    private final MetaTypeService metatype;
    private final Map<String, ConfigurationCheck> checks = new ConcurrentHashMap<>();

    ConfigurationRules(MetaTypeService metatype) {
        this.metatype = metatype;
    }

    List<FieldError> check(Bundle bundle, String pid, Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>(metatypeErrors(bundle, pid, values));
        ConfigurationCheck own = ownCheck(bundle);
        if (own != null) {
            try {
                errors.addAll(own.check(pid, values));
            } catch (RuntimeException e) {
                errors.add(new FieldError("configuration", "the policy's own check failed: " + e));
            }
        }
        return errors;
    }

    private List<FieldError> metatypeErrors(Bundle bundle, String pid, Map<String, Object> values) {
        MetaTypeInformation info = metatype.getMetaTypeInformation(bundle);
        ObjectClassDefinition ocd;
        try {
            ocd = info == null ? null : info.getObjectClassDefinition(pid, null);
        } catch (IllegalArgumentException e) {
            ocd = null;
        }
        if (ocd == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        AttributeDefinition[] ads = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        for (AttributeDefinition ad : ads == null ? new AttributeDefinition[0] : ads) {
            if (!values.containsKey(ad.getID())) {
                continue;
            }
            for (String value : strings(values.get(ad.getID()))) {
                String verdict = ad.validate(value);
                if (verdict != null && !verdict.isEmpty()) {
                    errors.add(new FieldError(ad.getID(), verdict + " (was '" + value + "')"));
                }
            }
        }
        return errors;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else {
            out.add(value.toString());
        }
        return out;
    }

    /** The bundle's own check, loaded from the class its manifest names; null when it names none. */
    private ConfigurationCheck ownCheck(Bundle bundle) {
        String type = bundle.getHeaders("").get(ConfigurationCheck.HEADER);
        if (type == null || type.isBlank()) {
            return null;
        }
        String key = bundle.getBundleId() + "@" + bundle.getLastModified() + ":" + type.trim();
        return checks.computeIfAbsent(key, k -> {
            checks.keySet().removeIf(old -> old.startsWith(bundle.getBundleId() + "@") && !old.equals(k));
            try {
                return (ConfigurationCheck) bundle.loadClass(type.trim()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                return (pid, values) -> List.of(new FieldError("configuration", "the policy's check " + type + " cannot be loaded: " + e));
            }
        });
    }

    void forget(Bundle bundle) {
        checks.keySet().removeIf(k -> k.startsWith(bundle.getBundleId() + "@"));
    }
}
