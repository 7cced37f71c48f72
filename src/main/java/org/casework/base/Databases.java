package org.casework.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which database the application runs on, for the few statements written differently on H2 and on MySQL/MariaDB. */
public final class Databases {

    private Databases() {
    }

    /** Whether the data source is the embedded H2 database (else MySQL or MariaDB). */
    public static boolean isH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
