package ${package}.internal;

import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.TimeSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy's own table, through its own persistence unit ({@code ${artifactId}}): the one place that names the
 * unit, used by the REST root and the console command alike.
 */
@Component(service = NoteStore.class)
public class NoteStore {
    private final JpaTemplate jpa;
    private final TimeSource time;

    @Activate
    public NoteStore(@Reference(target = "(osgi.unit.name=${artifactId})") JpaTemplate jpa, @Reference TimeSource time) {
        this.jpa = jpa;
        this.time = time;
    }

    List<${policyClass}Resource.Note> all() {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select n from NoteEntity n order by n.id", NoteEntity.class)
                .getResultList().stream().map(NoteEntity::toNote).toList());
    }

    ${policyClass}Resource.Note add(String text) {
        NoteEntity entity = new NoteEntity(text, time.now());
        return jpa.txExpr(TransactionType.Required, em -> {
            em.persist(entity);
            em.flush();
            return entity.toNote();
        });
    }
}
