package org.hourglass.bench.internal;

import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.rest.HourglassRest;
import org.hourglass.api.rest.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/bench}: fixtures and in-process figures for the benchmark tool; platform admin only. */
@Component(service = BenchResource.class, property = {HourglassRest.RESOURCE, HourglassRest.SELECT_APP, HourglassRest.REQUIRE_JSON})
@Path("v1/bench")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class BenchResource {
    private final LearnerFixture learners;
    private final CoverageFixture coverage;
    private final SettlementTiming settlement;
    private final StorageCeiling storage;
    private final BeatAudit audit;
    private final HashRate hashRate;

    @Activate
    public BenchResource(@Reference LearnerFixture learners, @Reference CoverageFixture coverage, @Reference SettlementTiming settlement,
            @Reference StorageCeiling storage, @Reference BeatAudit audit, @Reference HashRate hashRate) {
        this.learners = learners;
        this.coverage = coverage;
        this.settlement = settlement;
        this.storage = storage;
        this.audit = audit;
        this.hashRate = hashRate;
    }

    /** Password checks per second of the node's own hashes, alone, on {@code threads} threads (default: one per core). */
    @POST
    @Path("hash-rate")
    public HashRate.Rate hashRate(@QueryParam("checks") @DefaultValue("100") int checks, @QueryParam("threads") Integer threads)
            throws Exception {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, Math.min(64, threads));
        return hashRate.measure(Math.max(1, Math.min(2000, checks)), n);
    }

    public record Ready(String password, String phonePrefix) {
    }

    @POST
    @Path("classes/{id}/ready-learners")
    public Map<String, Integer> ready(@PathParam("id") long classId, Ready body) throws Exception {
        Problem.requireBody(body);
        return Map.of("learners", learners.ready(classId, body.password(), body.phonePrefix() == null ? "139" : body.phonePrefix()));
    }

    @POST
    @Path("classes/{id}/coverage")
    public CoverageFixture.Seeded coverage(@PathParam("id") long classId) throws Exception {
        return coverage.seed(classId);
    }

    @GET
    @Path("classes/{id}/settlement")
    public SettlementTiming.Timing settlement(@PathParam("id") long classId, @QueryParam("warmups") @DefaultValue("20") int warmups,
            @QueryParam("runs") @DefaultValue("50") int runs) {
        return settlement.time(classId, Math.max(0, warmups), Math.max(1, runs));
    }

    @POST
    @Path("storage")
    public StorageCeiling.Ceiling storage(@QueryParam("rows") @DefaultValue("10000") int rows,
            @QueryParam("threads") @DefaultValue("1") int threads) throws Exception {
        return storage.run(Math.max(1, rows), Math.max(1, Math.min(64, threads)));
    }

    @POST
    @Path("audit")
    public BeatAudit.Audit audit(BeatAudit.AuditRequest body) throws Exception {
        Problem.requireBody(body);
        return audit.audit(body);
    }

    /** {@code platformThreads} leaves out Karaf console session threads ("session-N-thread-M"): the drill's own bin/client calls. */
    public record Jvm(int threads, int platformThreads, int loadedClasses, long unloadedClasses, long heapUsedBytes) {
    }

    /** Thread and class counts after a full GC: the hot-swap drill's leak check. */
    @GET
    @Path("jvm")
    public Jvm jvm() {
        System.gc();
        var classes = ManagementFactory.getClassLoadingMXBean();
        int platform = (int) Thread.getAllStackTraces().keySet().stream().filter(t -> !t.getName().matches("session-\\d+-thread-\\d+")).count();
        return new Jvm(ManagementFactory.getThreadMXBean().getThreadCount(), platform, classes.getLoadedClassCount(), classes.getUnloadedClassCount(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
