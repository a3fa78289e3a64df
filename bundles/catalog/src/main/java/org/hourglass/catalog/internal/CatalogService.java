package org.hourglass.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.accounts.InstitutionView;
import org.hourglass.api.catalog.ChapterView;
import org.hourglass.api.catalog.CourseDirectory;
import org.hourglass.api.catalog.CourseView;
import org.hourglass.api.catalog.NewChapter;
import org.hourglass.api.catalog.NewCourse;
import org.hourglass.api.catalog.NewPaper;
import org.hourglass.api.catalog.PackageBody;
import org.hourglass.api.catalog.PackageView;
import org.hourglass.api.catalog.PaperPurpose;
import org.hourglass.api.catalog.PaperView;
import org.hourglass.api.catalog.ScoreRequest;
import org.hourglass.api.catalog.ScoreView;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.rest.Paging;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Courses with chapters (C-10, C-11), versioned course packages (C-12), papers scored out of 100 (C-13). One request, one transaction. */
@Component(service = {CatalogService.class, CourseDirectory.class})
public class CatalogService implements CourseDirectory {
    private final JpaTemplate jpa;
    private final ViewCache<Long, CourseView> courseViews = new ViewCache<>();
    private final ViewCache<List<Long>, PackageView> packageViews = new ViewCache<>();
    private final TimeSource time;
    private final InstitutionDirectory institutions;

    @Activate
    public CatalogService(@Reference(target = "(osgi.unit.name=hourglass-catalog)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference InstitutionDirectory institutions) {
        this.jpa = jpa;
        this.time = time;
        this.institutions = institutions;
    }

    /** A course created by the platform itself (demo data). */
    public CourseView createCourse(NewCourse body) {
        return createCourse(SYSTEM, body);
    }

    private static final Caller SYSTEM = new Caller(0, "system", java.util.Set.of(Roles.PLATFORM_ADMIN), null, null);

    /**
     * C-10. Issue 14 item 14: a course with a price is sold and invoiced by its provider, so the provider is an institution
     * (its id, its registered name), never free text; an academic admin's courses are their own institution's.
     */
    public CourseView createCourse(Caller caller, NewCourse body) {
        Long providerId = body.providerId();
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            if (providerId != null && !providerId.equals(caller.institutionId())) {
                throw new Problem(403, "forbidden", "Forbidden", "an academic admin provides courses of their own institution",
                        List.of(new FieldError("providerId", "your institution's id or nothing")));
            }
            providerId = caller.institutionId();
        }
        List<FieldError> errors = CatalogValidation.course(body, providerId != null);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the course has invalid fields", errors);
        }
        if (body.price() != null && providerId == null) {
            throw Problem.invalidField("providerId", "required for a course with a price: the institution that sells and invoices it");
        }
        String provider = body.provider() == null ? null : body.provider().trim();
        if (providerId != null) {
            long id = providerId;
            InstitutionView institution = institutions.find(id)
                    .orElseThrow(() -> Problem.invalidField("providerId", "no institution " + id));
            if (provider != null && !provider.isEmpty() && !provider.equals(institution.name())) {
                throw Problem.invalidField("provider", "the provider is institution " + id + ", registered as '" + institution.name()
                        + "' (leave it out)");
            }
            provider = institution.name();
        }
        Long seller = providerId;
        String providerName = provider;
        return jpa.txExpr(TransactionType.Required, em -> {
            CourseEntity course = new CourseEntity(body.title().trim(), providerName, seller, body.category().trim(), body.type(),
                    body.price(), time.now());
            if (body.paperId() != null) {
                requireExamPaper(em, body.paperId());
                course.examPaper(body.paperId());
            }
            em.persist(course);
            em.flush();
            int position = 1;
            for (NewChapter ch : body.chapters()) {
                em.persist(new ChapterEntity(course.id(), position++, ch.title().trim(), ch.kind(), ch.durationSeconds()));
            }
            em.flush();
            return course.toView(chapters(em, course.id()));
        });
    }

    @Override
    public java.util.Optional<CourseView> find(long courseId) {
        return courseViews.get(courseId, () -> jpa.txExpr(TransactionType.Required, em -> java.util.Optional.ofNullable(
                em.find(CourseEntity.class, courseId)).map(c -> c.toView(chapters(em, courseId)))));
    }

    public CourseView course(long id) {
        return jpa.txExpr(TransactionType.Required, em -> course(em, id));
    }

    public record Page<T>(List<T> items, long total) {
    }

    public Page<CourseView> courses(Paging paging) {
        return jpa.txExpr(TransactionType.Required, em -> new Page<>(
                em.createQuery("select c from CourseEntity c order by c.id", CourseEntity.class)
                        .setFirstResult(paging.offset()).setMaxResults(paging.limit()).getResultList()
                        .stream().map(c -> c.toView(chapters(em, c.id()))).toList(),
                em.createQuery("select count(c) from CourseEntity c", Long.class).getSingleResult()));
    }

    /** Appends a chapter; the course's hours follow (C-11). */
    public CourseView addChapter(long courseId, NewChapter body) {
        List<FieldError> errors = new java.util.ArrayList<>();
        CatalogValidation.chapter(errors, "", body);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the chapter has invalid fields", errors);
        }
        return invalidateViews(jpa.txExpr(TransactionType.Required, em -> {
            CourseView before = course(em, courseId);
            if (before.chapters().size() >= CatalogValidation.MAX_CHAPTERS) {
                throw Problem.conflict("a course has at most " + CatalogValidation.MAX_CHAPTERS + " chapters");
            }
            em.persist(new ChapterEntity(courseId, before.chapters().size() + 1, body.title().trim(), body.kind(), body.durationSeconds()));
            em.flush();
            return course(em, courseId);
        }));
    }

    /** A course's chapters changed (its hours, and the hours of every package version with it) or a package has a new latest. */
    private <T> T invalidateViews(T result) {
        courseViews.invalidate();
        packageViews.invalidate();
        return result;
    }

    public PackageView createPackage(PackageBody body) {
        validate(body);
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, CourseView> courses = courses(em, body.courseIds());
            requirePaper(em, body);
            PackageVersionEntity v = version(0, 1, body);
            em.persist(v);
            em.flush();
            v.becomePackage();
            em.flush();
            return v.toView(hours(courses, body.courseIds(), v.minutesPerHour()));
        });
    }

    /** C-12: a change is a new version; classes that selected an older one keep it. */
    public PackageView updatePackage(long packageId, PackageBody body) {
        validate(body);
        return invalidateViews(jpa.txExpr(TransactionType.Required, em -> {
            PackageVersionEntity latest = latest(em, packageId).orElseThrow(() -> Problem.notFound("package", packageId));
            Map<Long, CourseView> courses = courses(em, body.courseIds());
            requirePaper(em, body);
            PackageVersionEntity v = version(packageId, latest.versionNo() + 1, body);
            em.persist(v);
            em.flush();
            return v.toView(hours(courses, body.courseIds(), v.minutesPerHour()));
        }));
    }

    /** The given version, or the latest when {@code version} is null. */
    public PackageView pkg(long packageId, Integer version) {
        return findPackage(packageId, version).orElseThrow(() -> version == null ? Problem.notFound("package", packageId)
                : Problem.notFound("package version", packageId + "/" + version));
    }

    @Override
    public Optional<PackageView> latestPackage(long packageId) {
        return findPackage(packageId, null);
    }

    @Override
    public Optional<PackageView> packageVersion(long packageId, int version) {
        return packageViews.get(List.of(packageId, (long) version), () -> findPackage(packageId, version));
    }

    @Override
    public Optional<PackageView> packageNamed(String name) {
        Optional<Long> id = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "select v.packageId from PackageVersionEntity v where v.name = :n order by v.packageId", Long.class)
                .setParameter("n", name).setMaxResults(1).getResultStream().findFirst());
        return id.flatMap(this::latestPackage);
    }

    /**
     * The package version, or empty: no exception crosses the transaction, so a caller's transaction (issue 13: other
     * bundles read packages inside theirs) is never marked for rollback by a package that is not there.
     */
    private Optional<PackageView> findPackage(long packageId, Integer version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Optional<PackageVersionEntity> v = version == null ? latest(em, packageId)
                    : em.createQuery("select v from PackageVersionEntity v where v.packageId = :p and v.versionNo = :n",
                            PackageVersionEntity.class).setParameter("p", packageId).setParameter("n", version).getResultStream().findFirst();
            return v.map(found -> found.toView(hours(courses(em, found.courseIds()), found.courseIds(), found.minutesPerHour())));
        });
    }

    /** C-13 exam papers; C-14 a course's practice pools and mock exams, which name their course. */
    public PaperView createPaper(NewPaper body) {
        PaperPurpose purpose = body.purpose() == null ? PaperPurpose.EXAM : body.purpose();
        List<FieldError> errors = new java.util.ArrayList<>(Papers.validate(body.title(), body.questions(), purpose != PaperPurpose.PRACTICE));
        if (purpose == PaperPurpose.EXAM && body.courseId() != null) {
            errors.add(new FieldError("courseId", "an exam paper is named by its course or package (paperId), not the other way"));
        }
        if (purpose != PaperPurpose.EXAM && (body.courseId() == null || body.courseId() <= 0)) {
            errors.add(new FieldError("courseId", "required: the course this " + purpose + " belongs to (C-14)"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the paper has invalid fields", errors);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            if (body.courseId() != null && em.find(CourseEntity.class, body.courseId()) == null) {
                throw Problem.invalidField("courseId", "no course " + body.courseId());
            }
            PaperEntity paper = new PaperEntity(body.title().trim(), Papers.encode(body.questions()), time.now(), purpose, body.courseId());
            em.persist(paper);
            em.flush();
            return view(paper);
        });
    }

    @Override
    public List<PaperView> pools(long courseId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p from PaperEntity p where p.courseId = :c order by p.id",
                PaperEntity.class).setParameter("c", courseId).getResultList().stream().map(this::view).toList());
    }

    /** C-14: a course's or package's exam is an exam paper; practice pools and mock exams are never examined. */
    private static void requireExamPaper(EntityManager em, Long paperId) {
        if (paperId == null) {
            return;
        }
        PaperEntity paper = em.find(PaperEntity.class, paperId);
        if (paper == null) {
            throw Problem.invalidField("paperId", "no paper " + paperId);
        }
        if (paper.purpose() != PaperPurpose.EXAM) {
            throw Problem.invalidField("paperId", "paper " + paperId + " is a " + paper.purpose() + "; an exam needs an EXAM paper (C-14)");
        }
    }

    @Override
    public Optional<PaperView> paper(long paperId) {
        return jpa.txExpr(TransactionType.Required, em -> Optional.ofNullable(em.find(PaperEntity.class, paperId)).map(this::view));
    }

    public PaperView paperOrThrow(long id) {
        return jpa.txExpr(TransactionType.Required, em -> view(paperEntity(em, id)));
    }

    /** C-13 automatic scoring out of 100; C-36 pass mark 60 inclusive. */
    @Override
    public ScoreView score(long paperId, ScoreRequest answers) {
        PaperView paper = paperOrThrow(paperId);
        if (answers == null || answers.answers() == null || answers.answers().size() != paper.questions().size()) {
            throw Problem.invalidField("answers", "one list of option indices per question (" + paper.questions().size() + ")");
        }
        int score = Papers.score(paper.questions(), answers.answers());
        return new ScoreView(score, score >= ScoreView.PASS_MARK);
    }

    private static PaperEntity paperEntity(EntityManager em, long id) {
        PaperEntity p = em.find(PaperEntity.class, id);
        if (p == null) {
            throw Problem.notFound("paper", id);
        }
        return p;
    }

    private PaperView view(PaperEntity p) {
        return new PaperView(p.id(), p.title(), Papers.decode(p.questions()), p.createdAt(), p.purpose(), p.courseId());
    }

    private void validate(PackageBody body) {
        List<FieldError> errors = CatalogValidation.packageBody(body);
        if (!errors.isEmpty()) {
            throw Problem.invalid("the package has invalid fields", errors);
        }
    }

    private PackageVersionEntity version(long packageId, int versionNo, PackageBody body) {
        return new PackageVersionEntity(packageId, versionNo, body.name().trim(), body.courseIds(),
                !Boolean.FALSE.equals(body.playInOrder()),
                body.minutesPerHour() == null ? CourseHours.DEFAULT_MINUTES_PER_HOUR : body.minutesPerHour(),
                Boolean.TRUE.equals(body.examRequired()), body.paperId(), time.now());
    }

    private static void requirePaper(EntityManager em, PackageBody body) {
        requireExamPaper(em, body.paperId());
    }

    private static Optional<PackageVersionEntity> latest(EntityManager em, long packageId) {
        return em.createQuery("select v from PackageVersionEntity v where v.packageId = :p order by v.versionNo desc",
                PackageVersionEntity.class).setParameter("p", packageId).setMaxResults(1).getResultStream().findFirst();
    }

    /** C-12: package hours are each course's hours at the package's minutes per class hour, summed. */
    private static Hours hours(Map<Long, CourseView> courses, List<Long> order, int minutesPerHour) {
        return order.stream().map(id -> CourseHours.of(courses.get(id).durationSeconds(), minutesPerHour))
                .reduce(Hours.ZERO, Hours::plus);
    }

    private static Map<Long, CourseView> courses(EntityManager em, List<Long> ids) {
        Map<Long, CourseView> found = em.createQuery("select c from CourseEntity c where c.id in :ids", CourseEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(c -> c.toView(chapters(em, c.id()))).collect(Collectors.toMap(CourseView::id, Function.identity()));
        List<Long> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw Problem.invalidField("courseIds", "no such courses: " + missing);
        }
        return found;
    }

    private static CourseView course(EntityManager em, long id) {
        CourseEntity c = em.find(CourseEntity.class, id);
        if (c == null) {
            throw Problem.notFound("course", id);
        }
        return c.toView(chapters(em, id));
    }

    private static List<ChapterView> chapters(EntityManager em, long courseId) {
        return em.createQuery("select ch from ChapterEntity ch where ch.courseId = :c order by ch.position", ChapterEntity.class)
                .setParameter("c", courseId).getResultList().stream().map(ChapterEntity::toView).toList();
    }
}
