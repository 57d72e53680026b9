package id.sinergi.institution;

import id.sinergi.platform.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /admin/institutions}: the institution tree, with a dialog to add or change one. */
@Named
@ViewScoped
public class InstitutionAdminBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    private TreeNode<Row> root;
    private List<InstitutionOption> options;
    private Long editingId;
    private InstitutionForm form = new InstitutionForm();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        List<Institution> all = institutions.findAll();
        Map<Long, List<Institution>> children = InstitutionTree.childrenByParent(all);
        root = new DefaultTreeNode<>(new Row(null, "", null, null), null);
        addChildren(root, null, children);
        options = all.stream().map(InstitutionOption::of).toList();
    }

    private static void addChildren(TreeNode<Row> parent, Long parentId, Map<Long, List<Institution>> children) {
        for (Institution institution : children.getOrDefault(parentId, List.of())) {
            TreeNode<Row> node = new DefaultTreeNode<>(Row.of(institution), parent);
            node.setExpanded(true);
            addChildren(node, institution.getId(), children);
        }
    }

    public void startNew() {
        editingId = null;
        form = new InstitutionForm();
    }

    public void edit(Long id) {
        editingId = id;
        form = InstitutionForm.of(institutions.get(id));
    }

    public void save() {
        if (editingId == null) {
            institutions.create(form);
            messages.info("institution.created", form.getName());
        } else {
            institutions.update(editingId, form);
            messages.info("institution.saved", form.getName());
        }
        reload();
        PrimeFaces.current().executeScript("PF('institutionDialog').hide()");
    }

    public InstitutionType[] getTypes() { return InstitutionType.values(); }
    public TreeNode<Row> getRoot() { return root; }
    public List<InstitutionOption> getOptions() { return options; }
    public InstitutionForm getForm() { return form; }
    public boolean isEditing() { return editingId != null; }

    /** One node of the tree. */
    public record Row(Long id, String name, String shortName, InstitutionType type) implements Serializable {
        static Row of(Institution i) {
            return new Row(i.getId(), i.getName(), i.getShortName(), i.getType());
        }
    }
}
