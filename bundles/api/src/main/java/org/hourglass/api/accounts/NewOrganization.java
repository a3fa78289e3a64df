package org.hourglass.api.accounts;

/**
 * Body of {@code POST /api/v1/organizations} (C-5): an employer with its unified social credit code, its
 * responsible person (need not be the legal representative, BJ Q20), business and insured regions (the insured region's
 * GB/T 2260 code, which eligibility rules read: BJ-1), and the admin account to create with it (one phone, one
 * organisation admin: C-3, BJ Q15).
 */
public record NewOrganization(String name, String creditCode, String responsiblePerson, String businessRegion,
        String insuredRegion, AdminAccount admin, String insuredRegionCode) {
    /** An organisation whose insured region code platform staff confirm later. */
    public NewOrganization(String name, String creditCode, String responsiblePerson, String businessRegion, String insuredRegion,
            AdminAccount admin) {
        this(name, creditCode, responsiblePerson, businessRegion, insuredRegion, admin, null);
    }

    public record AdminAccount(String name, String phone, String password) {
    }
}
