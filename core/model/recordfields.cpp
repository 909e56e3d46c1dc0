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

// A field whose blank is stored as the schema's default ("reported", 0).
constexpr FieldSpec orElse(FieldSpec spec, const char *fallback)
{
    spec.fallback = fallback;
    return spec;
}

// Whose words a statement is: verbatim or transcribed. Blank (an older file without the
// column) is transcribed, the safe side: words are never called the source's unless said so.
constexpr FieldSpec statementKind(const char *name)
{
    return orElse(key(name, List::StatementKind, false), vocabulary::key::transcribed.data());
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
    orElse(field("is_ensemble", FieldType::Flag), "0"),
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
    orElse(key("origin", List::Origin, false), "reported"),
    text("derivation"),
    text("quote", true),
    statementKind("statement_kind"),
    text("statement_where"),
    text("note"),
    text("treatment_label"),
    field("treatment_n", FieldType::Integer, false, NumberRule::Positive),
    field("treatment_mean", FieldType::Real),
    field("treatment_sd", FieldType::Real, false, NumberRule::Positive),
    field("treatment_events", FieldType::Integer, false, NumberRule::NonNegative),
    field("treatment_total", FieldType::Integer, false, NumberRule::Positive),
    text("treatment_quote"),
    statementKind("treatment_statement_kind"),
    text("treatment_statement_where"),
    text("control_label"),
    field("control_n", FieldType::Integer, false, NumberRule::Positive),
    field("control_mean", FieldType::Real),
    field("control_sd", FieldType::Real, false, NumberRule::Positive),
    field("control_events", FieldType::Integer, false, NumberRule::NonNegative),
    field("control_total", FieldType::Integer, false, NumberRule::Positive),
    text("control_quote"),
    statementKind("control_statement_kind"),
    text("control_statement_where"),
};

const std::array kArmFields{
    ref("study", RecordKind::Study, true),
    key("role", List::ArmRole, true),
    text("label", true),
    field("n_randomised", FieldType::Integer, false, NumberRule::Positive),
    field("n_analysed", FieldType::Integer, false, NumberRule::Positive),
    ref("source", RecordKind::Source, false),
    text("quote"),
    statementKind("statement_kind"),
    text("statement_where"),
};

const std::array kDosingFields{
    field("slug", FieldType::Slug, true),
    ref("study", RecordKind::Study, false), // blank: a general statement
    text("label", true),
    key("route", List::Route, false),
    field("volume_ml_min", FieldType::Real, false, NumberRule::Positive),
    field("volume_ml_max", FieldType::Real, false, NumberRule::Positive),
    orElse(field("per_kg", FieldType::Flag), "0"),
    field("mg_min", FieldType::Real, false, NumberRule::Positive),
    field("mg_max", FieldType::Real, false, NumberRule::Positive),
    text("frequency"),
    field("duration_days_min", FieldType::Integer, false, NumberRule::NonNegative),
    field("duration_days_max", FieldType::Integer, false, NumberRule::NonNegative),
    text("schedule"),
    ref("source", RecordKind::Source, true),
    text("quote", true),
    orElse(key("origin", List::Origin, false), "reported"),
    text("note"),
    statementKind("statement_kind"),
    text("statement_where"),
};

const std::array kTargetFields{
    field("slug", FieldType::Slug, true),
    text("name", true),
    key("kind", List::TargetKind, true),
    text("description"),
};

const std::array kMechanismFields{
    field("slug", FieldType::Slug, true),
    text("category", true),
    text("description", true),
    ref("source", RecordKind::Source, true),
    text("quote", true),
    orElse(field("sort_order", FieldType::Integer), "0"),
    statementKind("statement_kind"),
    text("statement_where"),
};

const std::array kMechanismTargetFields{
    ref("mechanism", RecordKind::Mechanism, true),
    ref("target", RecordKind::Target, true),
    key("direction", List::TargetDirection, true),
    text("quote", true),
    statementKind("statement_kind"), // no where: the mechanism's source says where
};

const std::array kSynthesisInclusionFields{
    ref("synthesis", RecordKind::Study, true),
    ref("trial", RecordKind::Study, true),
    ref("outcome", RecordKind::Outcome, false), // blank: the source names no outcome (every one)
    ref("source", RecordKind::Source, true),
    text("quote", true),
    statementKind("statement_kind"),
    text("statement_where"),
    text("note"),
};

// Import order: a record after every kind it names.
constexpr std::array kKinds{RecordKind::Source,
                            RecordKind::Outcome,
                            RecordKind::Study,
                            RecordKind::Result,
                            RecordKind::Arm,
                            RecordKind::Dosing,
                            RecordKind::Target,
                            RecordKind::Mechanism,
                            RecordKind::MechanismTarget,
                            RecordKind::SynthesisInclusion};

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
    case RecordKind::Arm:
        return QStringLiteral("arm");
    case RecordKind::Dosing:
        return QStringLiteral("dosing");
    case RecordKind::Target:
        return QStringLiteral("target");
    case RecordKind::Mechanism:
        return QStringLiteral("mechanism");
    case RecordKind::MechanismTarget:
        return QStringLiteral("mechanism_target");
    case RecordKind::SynthesisInclusion:
        return QStringLiteral("synthesis_inclusion");
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

QStringList recordKindNames()
{
    QStringList names;
    for (RecordKind kind : kKinds) {
        names << recordKindName(kind);
    }
    return names;
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
    case RecordKind::Arm:
        return kArmFields;
    case RecordKind::Dosing:
        return kDosingFields;
    case RecordKind::Target:
        return kTargetFields;
    case RecordKind::Mechanism:
        return kMechanismFields;
    case RecordKind::MechanismTarget:
        return kMechanismTargetFields;
    case RecordKind::SynthesisInclusion:
        return kSynthesisInclusionFields;
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
    // Made once per thread (a copy shares it): validation and the writer ask for every record.
    thread_local QHash<int, QStringList> byKind;
    auto it = byKind.find(static_cast<int>(kind));
    if (it == byKind.end()) {
        QStringList names;
        for (const FieldSpec &field : recordFields(kind)) {
            names << QString::fromLatin1(field.name);
        }
        it = byKind.insert(static_cast<int>(kind), names);
    }
    return *it;
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
    static const QStringList suffixes{
        QStringLiteral("label"),          QStringLiteral("n"),
        QStringLiteral("mean"),           QStringLiteral("sd"),
        QStringLiteral("events"),         QStringLiteral("total"),
        QStringLiteral("quote"),          QStringLiteral("statement_kind"),
        QStringLiteral("statement_where")};
    return suffixes;
}

bool hasArm(const Fields &fields, const QString &role)
{
    // The fields of the role (a role's prefix is the start of each): a field of the map
    // between "role_" and the next prefix is one of them.
    const QString prefix = role + QChar(u'_');
    for (auto it = fields.lowerBound(prefix); it != fields.cend() && it.key().startsWith(prefix);
         ++it) {
        const QStringView suffix = QStringView(it.key()).mid(prefix.size());
        // The kind alone is not an arm: a form always says one (transcribed by default).
        if (suffix != QLatin1String("statement_kind") && armFieldSuffixes().contains(suffix) &&
            !isBlank(it.value())) {
            return true;
        }
    }
    return false;
}

QList<StatementFields> statementFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Result: {
        QList<StatementFields> out{{QStringLiteral("quote"), QStringLiteral("statement_kind"),
                                    QStringLiteral("statement_where")}};
        for (const QString &role : armRoles()) {
            out << StatementFields{armField(role, "quote"), armField(role, "statement_kind"),
                                   armField(role, "statement_where")};
        }
        return out;
    }
    case RecordKind::MechanismTarget:
        return {{QStringLiteral("quote"), QStringLiteral("statement_kind"), QString()}};
    case RecordKind::Arm:
    case RecordKind::Dosing:
    case RecordKind::Mechanism:
    case RecordKind::SynthesisInclusion:
        return {{QStringLiteral("quote"), QStringLiteral("statement_kind"),
                 QStringLiteral("statement_where")}};
    case RecordKind::Source:
    case RecordKind::Outcome:
    case RecordKind::Study:
    case RecordKind::Target:
        break;
    }
    return {};
}

} // namespace eb::catalogue
