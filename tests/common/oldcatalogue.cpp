#include "oldcatalogue.h"

#include "rawsqlite.h"

#include <QStringList>

namespace eb::test {

void downgradeToSchema4(const QString &path)
{
    RawSqlite db(path);
    // Migration 15: the matrix's order.
    db.rows(QStringLiteral("DROP INDEX study_order_matrix"));
    db.rows(QStringLiteral("DROP INDEX result_outcome_timepoint"));
    // Migration 14: the name sort key, its trigger and indexes.
    db.rows(QStringLiteral("DROP INDEX study_order_name"));
    db.rows(QStringLiteral("DROP INDEX study_order_name_desc"));
    db.rows(QStringLiteral("DROP TRIGGER study_name_key_stale"));
    db.rows(QStringLiteral("ALTER TABLE study DROP COLUMN name_key"));
    // Migration 13: the sort indexes.
    for (const char *index :
         {"study_order_catalogue", "study_order_year", "study_order_year_desc",
          "study_order_enrolled", "study_order_enrolled_desc", "source_order_catalogue",
          "source_order_year", "source_order_year_desc"}) {
        db.rows(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index)));
    }
    // Migration 12: which trials a synthesis pooled goes back to schema 1's study_component
    // (a link naming no outcome, as every bundled one; 0010 then drops the rest).
    db.rows(QStringLiteral(
        "CREATE TABLE study_component (parent_study_id INTEGER NOT NULL REFERENCES study(id) "
        "ON DELETE CASCADE, child_study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE "
        "CASCADE, PRIMARY KEY (parent_study_id, child_study_id), CHECK (parent_study_id <> "
        "child_study_id))"));
    db.rows(
        QStringLiteral("CREATE INDEX study_component_child ON study_component(child_study_id)"));
    db.rows(QStringLiteral("INSERT INTO study_component SELECT DISTINCT synthesis_id, trial_id "
                           "FROM synthesis_inclusion WHERE user_record = 0"));
    // Migration 11: the user's RoB 2 and GRADE assessments.
    db.rows(QStringLiteral("DROP TABLE rob_assessment"));
    db.rows(QStringLiteral("DROP TABLE grade_assessment"));
    // Migrations 9 and 10: user arms, dosing, targets, mechanisms; synthesis inclusions.
    db.rows(QStringLiteral("DROP TABLE synthesis_inclusion"));
    for (const char *table :
         {"study_arm", "dosing_protocol", "molecular_target", "mechanism_target"}) {
        for (const char *column : {"user_record", "row_version", "updated_at"}) {
            db.rows(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                        .arg(QLatin1String(table), QLatin1String(column)));
        }
    }
    for (const char *drop :
         {"dosing_protocol.volume_ml_min_text", "dosing_protocol.volume_ml_max_text",
          "dosing_protocol.mg_min_text", "dosing_protocol.mg_max_text", "mechanism.row_version",
          "mechanism.updated_at"}) {
        const QStringList parts = QString::fromLatin1(drop).split(QChar(u'.'));
        db.rows(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(parts.at(0), parts.at(1)));
    }
    // Migration 8: a source's earlier version (its data fix of one population stays).
    db.rows(QStringLiteral("DROP INDEX source_version_of"));
    db.rows(QStringLiteral("ALTER TABLE source DROP COLUMN version_of_id"));
    // Migration 7's deferred search trigger, back to schema 2's.
    db.rows(QStringLiteral("DROP TRIGGER result_study_search_defer"));
    db.rows(QStringLiteral("DROP TRIGGER result_study_search_insert"));
    db.rows(QStringLiteral(
        "CREATE TRIGGER result_study_search_insert AFTER INSERT ON result BEGIN "
        "DELETE FROM search_index WHERE rowid IN (NEW.study_id * 8 + 1); "
        "INSERT INTO search_index(rowid, slug, title, body) SELECT id * 8 + 1, slug, title, "
        "body FROM study_search_document WHERE id IN (NEW.study_id); END"));
    db.rows(QStringLiteral("DROP TABLE search_deferred"));
    for (const char *drop :
         {// migration 7: row versions and typed digits
          "source.row_version", "source.updated_at", "study.row_version", "study.updated_at",
          "outcome_measure.row_version", "outcome_measure.updated_at", "result.row_version",
          "result.updated_at", "outcome_measure.range_min_text", "outcome_measure.range_max_text",
          "result.estimate_text", "result.ci_low_text", "result.ci_high_text",
          "result.ci_level_text", "result.p_value_text", "arm_summary.mean_text",
          "arm_summary.sd_text",
          // migration 5: statement kinds and printed digits
          "result.statement_kind", "result.statement_where", "arm_summary.statement_kind",
          "arm_summary.statement_where", "study_arm.statement_kind", "study_arm.statement_where",
          "field_provenance.statement_kind", "field_provenance.statement_where",
          "dosing_protocol.statement_kind", "dosing_protocol.statement_where",
          "mechanism.statement_kind", "mechanism.statement_where",
          "mechanism_evidence.statement_kind", "mechanism_evidence.statement_where",
          "mechanism_target.statement_kind", "result.estimate_decimals", "result.ci_low_decimals",
          "result.ci_high_decimals", "result.p_decimals", "arm_summary.mean_decimals",
          "arm_summary.sd_decimals"}) {
        const QStringList parts = QString::fromLatin1(drop).split(QChar(u'.'));
        db.rows(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(parts.at(0), parts.at(1)));
    }
    db.rows(QStringLiteral("PRAGMA user_version = 4"));
}

} // namespace eb::test
