package org.hourglass.api.policy;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service a policy registers when some of its own state freezes an organisation's data
 * (C-5, BJ Q18: "organisation data is editable except while a subsidy application is under way").
 * The accounts bundle asks every registered guard before it changes an organisation; the first
 * refusal wins and its rule id is named in the 409 answer. A guard that goes away (policy
 * uninstalled) stops blocking; the policy's data stays and the block resumes on reinstall.
 */
@ConsumerType
public interface OrganizationDataGuard {
    /** The policy code of the registering bundle, for the refusal's detail. */
    String policyCode();

    Decision mayEditOrganization(long organizationId);
}
