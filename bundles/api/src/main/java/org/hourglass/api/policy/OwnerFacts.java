package org.hourglass.api.policy;

/**
 * The class owner's data a policy decides on (BJ-1 insured region, IN-8 the institution's name on a payment),
 * read by core from accounts and handed in the request.
 *
 * @param party          the owner: its kind, id and registered name
 * @param creditCode     unified social credit code (C-5), null when none is registered
 * @param businessRegion where it is registered to do business; null for institutions
 * @param insuredRegion  where its workers are insured, as it wrote it; null for institutions
 * @param insuredRegionCode the GB/T 2260 code of that region as platform staff confirmed it (BJ-1 reads it: 11xxxx is
 *                          Beijing); null while unconfirmed and for institutions
 */
public record OwnerFacts(Party party, String creditCode, String businessRegion, String insuredRegion, String insuredRegionCode) {
    /** Facts without a confirmed region code. */
    public OwnerFacts(Party party, String creditCode, String businessRegion, String insuredRegion) {
        this(party, creditCode, businessRegion, insuredRegion, null);
    }

    public long id() {
        return party.id();
    }

    public PartyKind kind() {
        return party.kind();
    }
}
