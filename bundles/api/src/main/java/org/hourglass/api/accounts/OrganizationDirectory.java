package org.hourglass.api.accounts;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Organisations for other bundles and policies (C-5); the accounts bundle owns them. */
@ProviderType
public interface OrganizationDirectory {
    Optional<OrganizationView> find(long organizationId);

    Optional<OrganizationView> byCreditCode(String creditCode);
}
