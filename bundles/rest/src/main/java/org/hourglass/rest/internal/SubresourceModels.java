package org.hourglass.rest.internal;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets an undeployed policy's classes go. CXF (3.6) builds the JAX-RS model of a sub-resource class on first use
 * and keeps it in the locator's {@code ClassResourceInfo} for the life of the application, keyed by the class: each
 * policy redeploy would leave its previous classes (and bundle class loader) behind. When a policy root goes away,
 * the models of classes whose bundle is no longer active are dropped. CXF exposes that cache read-only, so this one
 * class reaches its field; if a CXF version changes it, the drop is skipped with one warning and the cost is the
 * leak, never a failure. (Measured: without it, every redeploy kept the policy's classes; with it, none stay.)
 */
final class SubresourceModels {
    private static final Logger LOG = LoggerFactory.getLogger(SubresourceModels.class);
    private static final Field SUB_RESOURCES = subResourcesField();

    private final Set<ClassResourceInfo> locators = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private static Field subResourcesField() {
        try {
            Field f = ClassResourceInfo.class.getDeclaredField("subResources");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LoggerFactory.getLogger(SubresourceModels.class).warn("CXF's sub-resource model cache is not reachable ({}): an undeployed "
                    + "policy's classes stay loaded until restart", e.toString());
            return null;
        }
    }

    /** Called from the locator: remembers the model of the resource class whose sub-resources CXF caches. */
    void rememberCurrentLocator() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        OperationResourceInfo operation = message == null || message.getExchange() == null ? null
                : message.getExchange().get(OperationResourceInfo.class);
        if (operation != null && operation.getClassResourceInfo() != null) {
            locators.add(operation.getClassResourceInfo());
        }
    }

    /** Drops the cached models of every sub-resource class whose bundle is gone or stopped. */
    @SuppressWarnings("unchecked")
    void forgetInactive() {
        if (SUB_RESOURCES == null) {
            return;
        }
        ClassResourceInfo[] all;
        synchronized (locators) {
            all = locators.toArray(new ClassResourceInfo[0]);
        }
        for (ClassResourceInfo locator : all) {
            try {
                Map<Object, ClassResourceInfo> cached = (Map<Object, ClassResourceInfo>) SUB_RESOURCES.get(locator);
                if (cached != null && cached.values().removeIf(sub -> inactive(sub.getResourceClass()))) {
                    LOG.debug("Forgot the JAX-RS models of undeployed policy classes under {}", locator.getServiceClass().getName());
                }
            } catch (IllegalAccessException | ClassCastException e) {
                LOG.warn("Cannot drop CXF's sub-resource models ({}): an undeployed policy's classes stay loaded until restart", e.toString());
                return;
            }
        }
    }

    private static boolean inactive(Class<?> type) {
        Bundle b = type == null ? null : FrameworkUtil.getBundle(type);
        return b == null || (b.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0;
    }
}
