package org.hourglass.api.accounts;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Training institutions for other bundles (sellers and buyers in commerce, C-6); the accounts bundle owns them. */
@ProviderType
public interface InstitutionDirectory {
    Optional<InstitutionView> find(long institutionId);

    /** The institution registered with this unified social credit code (C-6), if any. */
    Optional<InstitutionView> byCreditCode(String creditCode);
}
