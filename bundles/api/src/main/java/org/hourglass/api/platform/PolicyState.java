package org.hourglass.api.platform;

/** Where a policy bundle stands on this node. None of them makes the node unhealthy: policies are plug-ins. */
public enum PolicyState {
    /** Installed, waiting for its services, its configuration or its first activation. */
    DEPLOYING,
    /** Serving: its hooks answer and its REST is under {@code /api/v1/policies/{code}}. */
    ACTIVE,
    /** It cannot serve (activation failed, bundle unresolved, configuration refused with no good values); see the detail. */
    FAILED
}
