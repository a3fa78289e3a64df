package org.hourglass.policy.jiangsu.internal;

import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.documents.DocumentRenderer;
import org.hourglass.api.documents.PrintedPage;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Completion;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.records.ClassStandings;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-10 "继续教育档案" (seed 002 §5(六) "选择相应的年度，打印证书"): a learner's training year — each online class of the year
 * with its effective hours and completion (JS-7), the face-to-face registration, the hours approved declarations deduct
 * (JS-8), the hours owed and what remains — as JSON and as a printable PDF.
 */
@Component(service = YearlyArchive.class)
public class YearlyArchive {
    private final ClassSearch search;
    private final ClassStandings standings;
    private final JiangsuPolicy policy;
    private final JiangsuStore store;
    private final Declarations declarations;
    private final DocumentRenderer documents;
    private final TimeSource time;

    @Activate
    public YearlyArchive(@Reference ClassSearch search, @Reference ClassStandings standings, @Reference JiangsuPolicy policy,
            @Reference JiangsuStore store, @Reference Declarations declarations, @Reference DocumentRenderer documents,
            @Reference TimeSource time) {
        this.search = search;
        this.standings = standings;
        this.policy = policy;
        this.store = store;
        this.declarations = declarations;
        this.documents = documents;
        this.time = time;
    }

    public record ClassCredit(long classId, String name, String grade, Hours effectiveHours, boolean completed) {
    }

    /** {@code remainingHours}: what the year still asks after online hours and approved declarations (never below 0). */
    public record Year(int trainingYear, List<ClassCredit> classes, Hours onlineHours, boolean faceToFace, Hours declaredHours,
            Hours requiredHours, Hours remainingHours) {
    }

    public Year year(Caller learner, int year) {
        if (year < 2000 || year > 2100) {
            throw Problem.invalidField("year", "a training year, e.g. 2026");
        }
        long me = learner.accountId();
        List<ClassCredit> credits = new ArrayList<>();
        Hours online = Hours.ZERO;
        for (ClassContext ctx : search.classesOf(me, year)) {
            Completion done = standings.standings(ctx.classId()).stream().filter(s -> s.learnerId() == me).findFirst()
                    .map(s -> policy.completion(ctx, s)).orElse(null);
            Hours hours = done == null ? Hours.ZERO : done.totalEffectiveHours();
            ClassFacts f = policy.facts(ctx);
            credits.add(new ClassCredit(ctx.classId(), ctx.name(), f.grade() == null ? "" : f.grade().chineseName(), hours,
                    done != null && done.classCompleted()));
            online = online.plus(hours);
        }
        Hours declared = declarations.declaredHours(me, year);
        Hours required = Hours.ofWhole(policy.config().yearlyHours());
        Hours remaining = required.minus(online).minus(declared);
        return new Year(year, credits, online, store.faceToFaceIn(me, year), declared, required,
                remaining.isNegative() ? Hours.ZERO : remaining);
    }

    /** The year's archive, printable. */
    public byte[] pdf(Caller learner, int year) {
        Year y = year(learner, year);
        List<String> lines = new ArrayList<>();
        lines.add("培训年度 Training year: " + y.trainingYear());
        for (ClassCredit c : y.classes()) {
            lines.add("网络班 Online class " + c.classId() + " " + c.name() + " (" + c.grade() + "): " + c.effectiveHours().toBigDecimal()
                    + " h" + (c.completed() ? ", 合格 completed" : ""));
        }
        lines.add("面授班 Face-to-face: " + (y.faceToFace() ? "已报名 registered" : "--"));
        lines.add("视同申报 Declarations: " + y.declaredHours().toBigDecimal() + " h");
        lines.add("应修 Required: " + y.requiredHours().toBigDecimal() + " h; 尚需 Remaining: " + y.remainingHours().toBigDecimal() + " h");
        return documents.pdf(new PrintedPage("继续教育档案 " + year, "江苏省机关事业单位工勤人员继续教育档案", lines,
                "Learner " + learner.accountId() + " · printed " + time.today(), null, time.now()));
    }
}
