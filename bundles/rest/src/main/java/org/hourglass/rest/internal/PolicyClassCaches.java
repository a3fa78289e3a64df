package org.hourglass.rest.internal;

import java.lang.reflect.Field;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an undeployed policy's classes go. Core's JAX-RS application lives as long as core, and three caches in it are
 * keyed by the classes a policy's REST uses, for ever: CXF's models of sub-resource classes (in the locator's
 * {@code ClassResourceInfo}), the Aries whiteboard invoker's "is this result type a Promise" answers, and Jackson's
 * JVM-wide type cache (see {@link HourglassJsonProvider#forgetTypes}); swagger's model resolver, documenting the
 * policies for the OpenAPI document, is a fourth. Each policy redeploy would leave its previous
 * classes and bundle class loader behind (measured: a heap dump after 12 redeploys held 12 revisions, through exactly
 * these). When a policy root comes or goes, the entries of classes whose bundle is no longer active are dropped.
 * CXF and Aries expose these caches read-only, so this one class reaches their fields; if a version changes them, the
 * drop is skipped with one warning and the cost is the leak, never a failure. {@code PolicyPluginIT} watches it.
 */
final class PolicyClassCaches {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyClassCaches.class);

    private final Set<ClassResourceInfo> locators = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final Set<Object> invokers = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final Set<String> warned = Collections.synchronizedSet(new java.util.HashSet<>());

    /** Called from the locator: remembers the caches of the application serving this request. */
    void rememberCurrentRequest() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Exchange exchange = message == null ? null : message.getExchange();
        if (exchange == null) {
            return;
        }
        OperationResourceInfo operation = exchange.get(OperationResourceInfo.class);
        if (operation != null && operation.getClassResourceInfo() != null) {
            locators.add(operation.getClassResourceInfo());
        }
        if (exchange.getService() != null && exchange.getService().getInvoker() != null) {
            invokers.add(exchange.getService().getInvoker());
        }
    }

    /** Drops every cached entry of a class whose bundle is gone or stopped. */
    void forgetInactive() {
        for (Object locator : snapshot(locators)) {
            // a sub-resource model's service class is the policy's (its resource class is the locator's declared type)
            Map<?, ?> models = map(locator, ClassResourceInfo.class, "subResources");
            if (models != null) {
                models.values().removeIf(sub -> sub instanceof ClassResourceInfo cri && inactive(cri.getServiceClass()));
            }
        }
        for (Object invoker : snapshot(invokers)) {
            Map<?, ?> promiseTypes = map(invoker, invoker.getClass(), "promises");
            if (promiseTypes != null) {
                promiseTypes.keySet().removeIf(type -> type instanceof Class<?> c && inactive(c));
            }
        }
        freshSwaggerModelResolver();
    }

    /**
     * swagger-core's model converters are a JVM-wide singleton whose resolver remembers every type it documented (the
     * policies' DTOs included): replace it by a fresh one, through swagger's own API.
     */
    private static void freshSwaggerModelResolver() {
        ModelConverters converters = ModelConverters.getInstance();
        for (ModelConverter c : List.copyOf(converters.getConverters())) {
            if (c.getClass() == ModelResolver.class) {
                converters.addConverter(new ModelResolver(Json.mapper())); // first in the chain, then the old one goes
                converters.removeConverter(c);
            }
        }
    }

    private static <T> Object[] snapshot(Set<T> set) {
        synchronized (set) {
            return set.toArray();
        }
    }

    /** The map in field {@code name} declared by {@code type} or a superclass of it; null (warned once) when there is none. */
    private Map<?, ?> map(Object owner, Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                Object value = f.get(owner);
                return value instanceof Map<?, ?> m ? m : null;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                break;
            }
        }
        if (warned.add(type.getName() + "." + name)) {
            LOG.warn("Cannot reach the cache {}.{}: an undeployed policy's classes stay loaded until restart", type.getName(), name);
        }
        return null;
    }

    private static boolean inactive(Class<?> type) {
        Bundle b = type == null ? null : FrameworkUtil.getBundle(type);
        return b != null && (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0;
    }
}
