package ${package}.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ${policyCode}:notes} in the Karaf console: the policy's notes, as an admin sees them. */
@Service
@Command(scope = "${policyCode}", name = "notes", description = "Notes kept by policy ${policyCode}")
public class NotesCommand implements Action {
    @Reference
    NoteStore notes;

    @Override
    public Object execute() {
        notes.all().forEach(n -> System.out.println(n.id() + "  " + n.createdAt() + "  " + n.text()));
        return null;
    }
}
