package org.hourglass.api.accounts;

/**
 * Body of {@code PUT /api/v1/organizations/{id}} (C-5): the editable fields. The unified social credit
 * code is the organisation's identity and is not editable: a different code is a different
 * organisation (subsidiaries register separately, BJ Q19). The insured region and its code decide subsidy eligibility
 * (BJ-1, C-8): only platform staff change them; every change is audited ({@code GET /api/v1/organizations/{id}/changes}).
 * {@code insuredRegionCode} null = unchanged.
 */
public record OrganizationEdit(String name, String responsiblePerson, String businessRegion, String insuredRegion,
        String insuredRegionCode) {
    /** An edit that leaves the region code as it is. */
    public OrganizationEdit(String name, String responsiblePerson, String businessRegion, String insuredRegion) {
        this(name, responsiblePerson, businessRegion, insuredRegion, null);
    }
}
