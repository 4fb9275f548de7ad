import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints OK when every batch row has exactly its rows in p (read through the primary key and through each index)
 * and in q, and no rows belong to a batch that isn't there; BAD with what differs otherwise.
 * Usage: java -cp h2.jar:. CrashCheck FILE_BASE URL_OPTIONS
 */
public class CrashCheck {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + args[1], "sa", "file user");
             Statement s = c.createStatement()) {
            Map<Long, Long> batches = new TreeMap<>();
            try (ResultSet r = s.executeQuery("SELECT id, n FROM batch")) {
                while (r.next()) {
                    batches.put(r.getLong(1), r.getLong(2));
                }
            }
            StringBuilder problems = new StringBuilder();
            String[] ways = {
                "SELECT b, COUNT(*) FROM p GROUP BY b",
                "SELECT b, COUNT(*) FROM p USE INDEX (ix_p_name) WHERE name > '' GROUP BY b",
                "SELECT b, COUNT(*) FROM p USE INDEX (ix_p_idno) WHERE idno > '' GROUP BY b",
                "SELECT b, COUNT(*) FROM q GROUP BY b"};
            for (String sql : ways) {
                Map<Long, Long> seen = new TreeMap<>();
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        seen.put(r.getLong(1), r.getLong(2));
                    }
                }
                if (!seen.equals(batches)) {
                    problems.append("\n  ").append(sql).append(": ").append(seen).append(" where batches are ").append(batches);
                }
            }
            System.out.println((problems.length() == 0 ? "OK " : "BAD ") + batches.size() + " batches" + problems);
        }
    }
}
