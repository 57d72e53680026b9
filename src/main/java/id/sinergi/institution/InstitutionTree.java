package id.sinergi.institution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tree arithmetic over the flat list of institutions (parent links). */
public final class InstitutionTree {

    private InstitutionTree() {
    }

    public static List<Long> selfAndDescendants(List<Institution> all, Long rootId) {
        Map<Long, List<Institution>> children = childrenByParent(all);
        List<Long> result = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.push(rootId);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (result.contains(id)) {
                continue;
            }
            result.add(id);
            children.getOrDefault(id, List.of()).forEach(child -> todo.push(child.getId()));
        }
        return result;
    }

    public static Map<Long, List<Institution>> childrenByParent(List<Institution> all) {
        Map<Long, List<Institution>> children = new HashMap<>();
        for (Institution institution : all) {
            children.computeIfAbsent(institution.getParentId(), k -> new ArrayList<>()).add(institution);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Institution::getName)));
        return children;
    }
}
