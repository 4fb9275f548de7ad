package cn.yanshan.ledger.unit;

import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.common.Names;
import cn.yanshan.ledger.common.Pinyin;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Use cases on units: list, search, edit, aliases, and name resolution. */
public final class UnitService {

    private final DSLContext dsl;
    private final UnitStore store;
    private final SectionUnits sectionUnits;
    private volatile Snapshot snapshot;

    /** Units and their resolver, rebuilt after every change; the search keys (pinyin) are made on the first search. */
    private static final class Snapshot {
        final List<Unit> units;
        final NameResolver resolver;
        private List<SearchKeys> keys;

        Snapshot(List<Unit> units, NameResolver resolver) {
            this.units = units;
            this.resolver = resolver;
        }

        List<Unit> units() {
            return units;
        }

        NameResolver resolver() {
            return resolver;
        }

        synchronized List<SearchKeys> keys() {
            if (keys == null) {
                List<SearchKeys> made = new ArrayList<>(units.size());
                for (Unit u : units) {
                    List<String> names = new ArrayList<>();
                    names.add(Names.key(u.name()));
                    u.aliases().forEach(a -> names.add(Names.key(a)));
                    made.add(new SearchKeys(u, names, names.stream().map(Pinyin::initials).toList()));
                }
                keys = made;
            }
            return keys;
        }
    }

    private record SearchKeys(Unit unit, List<String> nameKeys, List<String[]> initials) {
    }

    public UnitService(DSLContext dsl, UnitStore store, SectionUnits sectionUnits) {
        this.dsl = dsl;
        this.store = store;
        this.sectionUnits = sectionUnits;
    }

    public List<Unit> all() {
        return snapshot().units();
    }

    public Optional<Unit> byId(long id) {
        return snapshot().units().stream().filter(u -> u.id() == id).findFirst();
    }

    public List<Unit> townships() {
        return all().stream().filter(Unit::isTownship).toList();
    }

    /**
     * Units whose name or an alias contains the query, or whose pinyin initials do
     * ({@code xcl} finds 县残联; {@code xrsj} finds 县人力资源和社会保障局 through its alias 县人社局).
     */
    public List<Unit> search(String query) {
        String q = Names.key(query).toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all();
        }
        boolean initials = Pinyin.isInitialsQuery(q);
        List<Unit> found = new ArrayList<>();
        for (SearchKeys k : snapshot().keys()) {
            boolean hit = k.nameKeys().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(q))
                    || initials && k.initials().stream().anyMatch(i -> Pinyin.matchesInitials(i, q));
            if (hit) {
                found.add(k.unit());
            }
        }
        return found;
    }

    public Resolution resolve(String written) {
        return snapshot().resolver().resolve(written);
    }

    public NameResolver resolver() {
        return snapshot().resolver();
    }

    public List<UnitGroup> groups() {
        return store.groups(dsl);
    }

    public Unit saveDetails(Unit edited) {
        dsl.transaction(tx -> store.updateDetails(tx.dsl(), edited));
        refresh();
        return byId(edited.id()).orElseThrow();
    }

    public Unit addUnit(String name, UnitKind kind) {
        String clean = requireNewName(name);
        long id = dsl.transactionResult(tx -> store.insert(tx.dsl(), clean, kind));
        refresh();
        return byId(id).orElseThrow();
    }

    public Unit addAlias(long unitId, String alias) {
        String clean = requireNewName(alias);
        dsl.transaction(tx -> store.addAlias(tx.dsl(), unitId, clean));
        refresh();
        return byId(unitId).orElseThrow();
    }

    public Unit removeAlias(long unitId, String alias) {
        dsl.transaction(tx -> store.removeAlias(tx.dsl(), unitId, alias));
        refresh();
        return byId(unitId).orElseThrow();
    }

    private String requireNewName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new LedgerException("名称不能为空。");
        }
        String key = Names.key(clean);
        Optional<Unit> owner = snapshot().keys().stream()
                .filter(k -> k.nameKeys().contains(key)).map(SearchKeys::unit).findFirst();
        if (owner.isPresent()) {
            throw new LedgerException("“" + clean + "”已经是“" + owner.get().name() + "”的名称或别名，不能重复使用。");
        }
        if (resolve(clean) instanceof Resolution.Group || store.nameOrAliasExists(dsl, clean)) {
            throw new LedgerException("“" + clean + "”已经在单位名录中使用，不能重复使用。");
        }
        return clean;
    }

    /** Reads the units again; call after a change made elsewhere (a restored backup, an import). */
    public void refresh() {
        snapshot = load();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                s = snapshot;
            }
        }
        return s;
    }

    private Snapshot load() {
        List<Unit> units = store.all(dsl);
        return new Snapshot(List.copyOf(units), new NameResolver(units, store.groups(dsl), sectionUnits));
    }
}
