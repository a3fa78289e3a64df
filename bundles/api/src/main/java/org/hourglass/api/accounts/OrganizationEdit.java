package org.hourglass.api.accounts;

/**
 * Body of {@code PUT /api/v1/organizations/{id}} (C-5): the editable fields. The unified social credit
 * code is the organisation's identity and is not editable: a different code is a different
 * organisation (subsidiaries register separately, BJ Q19). The insured region decides subsidy eligibility (BJ-1): only
 * platform staff change it; every change is audited ({@code GET /api/v1/organizations/{id}/changes}).
 */
public record OrganizationEdit(String name, String responsiblePerson, String businessRegion, String insuredRegion) {
}
