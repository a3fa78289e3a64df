package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.hourglass.api.policy.PolicyDescriptor;
import org.hourglass.api.policy.TrainingPolicy;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

public class PolicyRegistryImplTest {
    private static TrainingPolicy policy(String code) {
        PolicyDescriptor d = new PolicyDescriptor(code, code, "test", "1.0.0", "pid." + code);
        return (TrainingPolicy) Proxy.newProxyInstance(TrainingPolicy.class.getClassLoader(), new Class<?>[] {TrainingPolicy.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "descriptor" -> d;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> null;
                });
    }

    @Test
    public void policiesComeAndGoByCode() {
        PolicyRegistryImpl registry = new PolicyRegistryImpl();
        TrainingPolicy hr = policy("hr-exam");
        TrainingPolicy bj = policy("beijing-subsidy");
        registry.register(() -> hr, props("hr-exam", 1L));
        registry.register(() -> bj, props("beijing-subsidy", 2L));
        assertEquals(List.of("beijing-subsidy", "hr-exam"), registry.deployed().stream().map(PolicyDescriptor::code).toList());
        assertSame(hr, registry.require("hr-exam"));
        registry.unregister(props("hr-exam", 1L));
        assertTrue(registry.find("hr-exam").isEmpty());
    }

    @Test
    public void anAbsentPolicyIs503PolicyNotDeployed() {
        Problem p = assertThrows(Problem.class, () -> new PolicyRegistryImpl().require("jiangsu-credits"));
        assertEquals(503, p.status());
        assertTrue(p.type().endsWith("/policy-not-deployed"));
    }

    @Test
    public void aSecondPolicyWithTheSameCodeDoesNotReplaceTheFirst() {
        PolicyRegistryImpl registry = new PolicyRegistryImpl();
        TrainingPolicy first = policy("hr-exam");
        TrainingPolicy second = policy("hr-exam");
        registry.register(() -> first, props("hr-exam", 1L));
        registry.register(() -> second, props("hr-exam", 2L));
        registry.unregister(props("hr-exam", 2L));
        assertSame(first, registry.require("hr-exam"));
    }

    @Test
    public void bindingDoesNotObtainThePolicyOnlyTheFirstUseDoes() {
        PolicyRegistryImpl registry = new PolicyRegistryImpl();
        int[] obtained = {0};
        TrainingPolicy hr = policy("hr-exam");
        registry.register(() -> {
            obtained[0]++;
            return hr;
        }, props("hr-exam", 1L));
        assertEquals("binding must not create the policy (DS cycle at boot)", 0, obtained[0]);
        assertSame(hr, registry.require("hr-exam"));
        assertSame(hr, registry.require("hr-exam"));
        assertEquals(1, obtained[0]);
    }

    private static Map<String, Object> props(String code, long serviceId) {
        return Map.of(TrainingPolicy.CODE_PROPERTY, code, org.osgi.framework.Constants.SERVICE_ID, serviceId);
    }
}
