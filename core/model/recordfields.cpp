#include "model/recordfields.h"

#include <QHash>
#include <array>

namespace eb::catalogue {
namespace {

using vocabulary::List;

constexpr FieldSpec text(const char *name, bool required = false)
{
    return FieldSpec{name, FieldType::Text, required, NumberRule::Any, std::nullopt, std::nullopt};
}

constexpr FieldSpec field(const char *name, FieldType type, bool required = false,
                          NumberRule rule = NumberRule::Any)
{
    return FieldSpec{name, type, required, rule, std::nullopt, std::nullopt};
}

constexpr FieldSpec key(const char *name, List list, bool required)
{
    return FieldSpec{name, FieldType::Key, required, NumberRule::Any, list, std::nullopt};
}

constexpr FieldSpec ref(const char *name, RecordKind kind, bool required)
{
    return FieldSpec{name, FieldType::Reference, required, NumberRule::Any, std::nullopt, kind};
}

const std::array kSourceFields{
    field("slug", FieldType::Slug, true),
    key("kind", List::SourceKind, true),
    text("short_label", true),
    text("authors"),
    text("title"),
    text("journal"),
    field("year", FieldType::Integer, false, NumberRule::Year),
    text("volume"),
    text("issue"),
    text("pages"),
    field("doi", FieldType::Doi),
    field("pmid", FieldType::Pmid),
    text("pmcid"),
    text("registration"),
    key("sponsorship", List::Sponsorship, true),
    text("verification_note"),
    text("notes"),
};

const std::array kOutcomeFields{
    field("slug", FieldType::Slug, true),
    text("name", true),
    text("abbreviation"),
    key("domain", List::Domain, true),
    key("direction", List::Direction, true),
    field("range_min", FieldType::Real),
    field("range_max", FieldType::Real),
    field("is_ensemble", FieldType::Flag),
    text("description"),
};

const std::array kStudyFields{
    field("slug", FieldType::Slug, true),
    text("name", true),
    text("title"),
    key("design", List::Design, true),
    key("condition", List::Condition, true),
    text("severity"),
    key("species", List::Species, true),
    text("blinding"),
    text("setting"),
    field("centres", FieldType::Integer, false, NumberRule::Positive),
    field("n_enrolled", FieldType::Integer, false, NumberRule::Positive),
    field("n_analysed", FieldType::Integer, false, NumberRule::Positive),
    text("n_note"),
    text("intervention"),
    text("control"),
    text("timing"),
    text("treatment_duration"),
    text("follow_up"),
    field("year", FieldType::Integer, false, NumberRule::Year),
    text("registration"),
    ref("primary_source", RecordKind::Source, false),
    key("sponsorship", List::Sponsorship, true),
    text("summary"),
};

const std::array kResultFields{
    ref("study", RecordKind::Study, true),
    ref("outcome", RecordKind::Outcome, true),
    ref("source", RecordKind::Source, true),
    text("timepoint"),
    field("timepoint_days", FieldType::Integer, false, NumberRule::NonNegative),
    text("population"),
    text("comparison"),
    key("metric", List::Metric, true),
    field("estimate", FieldType::Real),
    field("ci_low", FieldType::Real),
    field("ci_high", FieldType::Real),
    field("ci_level", FieldType::Real, false, NumberRule::Percent),
    text("p_operator"),
    field("p_value", FieldType::Real, false, NumberRule::Probability),
    field("n", FieldType::Integer, false, NumberRule::Positive),
    key("higher_favours", List::ArmRole, false),
    text("statistical_method"),
    key("origin", List::Origin, false),
    text("derivation"),
    text("quote", true),
    text("note"),
    text("treatment_label"),
    field("treatment_n", FieldType::Integer, false, NumberRule::Positive),
    field("treatment_mean", FieldType::Real),
    field("treatment_sd", FieldType::Real, false, NumberRule::Positive),
    field("treatment_events", FieldType::Integer, false, NumberRule::NonNegative),
    field("treatment_total", FieldType::Integer, false, NumberRule::Positive),
    text("treatment_quote"),
    text("control_label"),
    field("control_n", FieldType::Integer, false, NumberRule::Positive),
    field("control_mean", FieldType::Real),
    field("control_sd", FieldType::Real, false, NumberRule::Positive),
    field("control_events", FieldType::Integer, false, NumberRule::NonNegative),
    field("control_total", FieldType::Integer, false, NumberRule::Positive),
    text("control_quote"),
};

constexpr std::array kKinds{RecordKind::Source, RecordKind::Outcome, RecordKind::Study,
                            RecordKind::Result};

} // namespace

std::span<const RecordKind> allRecordKinds()
{
    return kKinds;
}

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return QStringLiteral("source");
    case RecordKind::Outcome:
        return QStringLiteral("outcome");
    case RecordKind::Study:
        return QStringLiteral("study");
    case RecordKind::Result:
        return QStringLiteral("result");
    }
    return {};
}

std::optional<RecordKind> recordKindFromName(const QString &name)
{
    for (RecordKind kind : kKinds) {
        if (recordKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::span<const FieldSpec> recordFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Source:
        return kSourceFields;
    case RecordKind::Outcome:
        return kOutcomeFields;
    case RecordKind::Study:
        return kStudyFields;
    case RecordKind::Result:
        return kResultFields;
    }
    return {};
}

const FieldSpec *findField(RecordKind kind, const QString &name)
{
    // By name through a table made once per thread: validation and the writer look up every
    // field of every record (a linear search of 35 names was a tenth of an import's time).
    thread_local QHash<int, QHash<QString, const FieldSpec *>> byName;
    auto it = byName.find(static_cast<int>(kind));
    if (it == byName.end()) {
        QHash<QString, const FieldSpec *> fields;
        for (const FieldSpec &field : recordFields(kind)) {
            fields.insert(QString::fromLatin1(field.name), &field);
        }
        it = byName.insert(static_cast<int>(kind), fields);
    }
    return it->value(name, nullptr);
}

QStringList recordFieldNames(RecordKind kind)
{
    QStringList names;
    for (const FieldSpec &field : recordFields(kind)) {
        names << QString::fromLatin1(field.name);
    }
    return names;
}

QStringList armRoles()
{
    return {QStringLiteral("treatment"), QStringLiteral("control")};
}

QString armField(const QString &role, const char *field)
{
    return role + QChar(u'_') + QLatin1String(field);
}

QStringList armFieldSuffixes()
{
    return {QStringLiteral("label"), QStringLiteral("n"),      QStringLiteral("mean"),
            QStringLiteral("sd"),    QStringLiteral("events"), QStringLiteral("total"),
            QStringLiteral("quote")};
}

} // namespace eb::catalogue
