package org.hourglass.policy.beijing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hourglass.api.accounts.OrganizationDirectory;
import org.hourglass.api.documents.ContentHash;
import org.hourglass.api.policy.ClassContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The claim package of a class (beyond the seed): the organisation, the roster by masked ID with effective hours
 * per type, exam-based eligibility and subsidy per learner, dispatched workers, the total and the parameter
 * values used — canonical JSON (sorted keys, money and hours as strings) with a SHA-256 over it, so the same
 * facts and parameters always give the same hash and a recomputation proves a claim.
 */
@Component(service = ClaimPackages.class)
public class ClaimPackages {
    private static final ObjectMapper CANONICAL = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final Estimates estimates;
    private final OrganizationDirectory organizations;
    private final BeijingStore store;

    @Activate
    public ClaimPackages(@Reference Estimates estimates, @Reference OrganizationDirectory organizations, @Reference BeijingStore store) {
        this.estimates = estimates;
        this.organizations = organizations;
        this.store = store;
    }

    ClaimPackage build(ClassContext cls) {
        ClassEstimate e = estimates.of(cls);
        Map<Long, String> dispatched = store.dispatchCompanies(cls.owner().id());
        Map<String, Object> root = new TreeMap<>();
        root.put("policy", BeijingPolicy.CODE);
        root.put("classId", cls.classId());
        root.put("className", cls.name());
        root.put("startDate", String.valueOf(cls.startDate()));
        root.put("endDate", String.valueOf(cls.endDate()));
        organizations.find(cls.owner().id()).ifPresent(o -> root.put("organization", Map.of("id", o.id(), "name", o.name(),
                "creditCode", o.creditCode())));
        root.put("parameters", e.parameters());
        List<Map<String, Object>> learners = new ArrayList<>();
        for (ClassEstimate.LearnerEstimate l : e.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("learnerId", l.learnerId());
            row.put("name", l.name());
            row.put("idNumber", l.idNumber());
            row.put("effectiveHours", l.hoursByType());
            row.put("disqualified", l.disqualified());
            row.put("eligible", l.estimate().eligible());
            row.put("totalHours", l.estimate().totalHours().toString());
            row.put("tierHours", l.estimate().tierHours());
            row.put("amount", l.estimate().amount().toString());
            if (dispatched.containsKey(l.learnerId())) {
                row.put("dispatchCompany", dispatched.get(l.learnerId()));
            }
            learners.add(row);
        }
        root.put("learners", learners);
        root.put("total", e.total().toString());
        try {
            String json = CANONICAL.writeValueAsString(root);
            return new ClaimPackage(json, ContentHash.sha256(json), learners.size(), e.total(), e.rows().stream()
                    .filter(l -> l.estimate().eligible()).map(ClassEstimate.LearnerEstimate::learnerId).toList(),
                    e.rows().stream().map(ClassEstimate.LearnerEstimate::learnerId).toList());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a claim package is plain data", ex);
        }
    }
}
