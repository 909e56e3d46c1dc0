#include "model/validation.h"

#include "model/statementrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::validation", text);
}

Problem problem(const QString &column, const QString &value, const char *rule,
                const QString &message, Severity severity = Severity::Error)
{
    return Problem{column, excerpt(value), QString::fromLatin1(rule), message, severity};
}

const QRegularExpression &pattern(const char *expression)
{
    thread_local QHash<const char *, QRegularExpression> cache; // compiled once per thread
    auto it = cache.find(expression);
    if (it == cache.end()) {
        it = cache.insert(expression, QRegularExpression(QString::fromLatin1(expression)));
    }
    return *it;
}

bool matches(const char *expression, const QString &text)
{
    return pattern(expression).match(text).hasMatch();
}

// The grammar of a typed number, ^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$, read by
// hand: an import or `evidence generate` checks millions of numbers, and the regular
// expression was the largest part of a record's validation.
bool isDecimal(const QString &t)
{
    qsizetype i = 0;
    const qsizetype n = t.size();
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < n && t.at(i) >= u'0' && t.at(i) <= u'9') {
            ++i;
        }
        return i - start;
    };
    if (i < n && (t.at(i) == u'+' || t.at(i) == u'-')) {
        ++i;
    }
    const qsizetype whole = digits();
    qsizetype fraction = 0;
    if (i < n && t.at(i) == u'.') {
        ++i;
        fraction = digits();
    }
    if (whole == 0 && fraction == 0) {
        return false;
    }
    if (i < n && (t.at(i) == u'e' || t.at(i) == u'E')) {
        ++i;
        if (i < n && (t.at(i) == u'+' || t.at(i) == u'-')) {
            ++i;
        }
        if (digits() == 0) {
            return false;
        }
    }
    return i == n;
}

// The value of a text isDecimal accepted (so ASCII) without QLocale, whose conversion was half
// of a record's validation (an import or `evidence generate` reads millions of numbers).
// std::from_chars rounds to the nearest double as QLocale does; a text it refuses (out of
// range, too long for the buffer) is left to QLocale.
std::optional<double> asciiDecimal(const QString &t)
{
    std::array<char, 64> digits{};
    const qsizetype start = t.startsWith(u'+') ? 1 : 0; // from_chars takes no '+'
    const qsizetype n = t.size() - start;
    if (n > static_cast<qsizetype>(digits.size())) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < n; ++i) {
        digits[static_cast<std::size_t>(i)] = static_cast<char>(t.at(start + i).unicode());
    }
    double value = 0;
    const char *end = digits.data() + n;
    const auto [stop, code] = std::from_chars(digits.data(), end, value);
    if (code != std::errc() || stop != end || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

// ^[+-]?[0-9]+$
bool isWholeNumber(const QString &t)
{
    qsizetype i = t.startsWith(u'+') || t.startsWith(u'-') ? 1 : 0;
    if (i == t.size()) {
        return false;
    }
    for (; i < t.size(); ++i) {
        if (t.at(i) < u'0' || t.at(i) > u'9') {
            return false;
        }
    }
    return true;
}

// Whether text is a key of the list: the keys do not depend on the language, so each list's
// set is built once per thread rather than once per field checked.
bool isKey(vocabulary::List list, const QString &text)
{
    thread_local QHash<int, QSet<QString>> cache;
    auto it = cache.find(static_cast<int>(list));
    if (it == cache.end()) {
        const QStringList keys = vocabulary::keys(list);
        it = cache.insert(static_cast<int>(list), QSet<QString>(keys.cbegin(), keys.cend()));
    }
    return it->contains(text);
}

// Reads a typed number field; nothing when blank or bad (the bad case is in problems).
std::optional<double> numberOf(const Fields &fields, const QString &name)
{
    const QString text = fields.value(name);
    if (isBlank(text)) {
        return std::nullopt;
    }
    // A bad number is reported field by field; the rules across fields skip it.
    return parseNumber(text);
}

void checkRule(const FieldSpec &field, const QString &name, const QString &text, double value,
               QList<Problem> &out)
{
    switch (field.rule) {
    case NumberRule::Any:
        break;
    case NumberRule::Positive:
        if (!(value > 0)) {
            out << problem(name, text,
                           name.endsWith(QLatin1String("sd")) ? "sd-positive" : "positive",
                           tr("%1 must be greater than 0").arg(name));
        }
        break;
    case NumberRule::NonNegative:
        if (value < 0) {
            out << problem(name, text, "non-negative", tr("%1 must not be negative").arg(name));
        }
        break;
    case NumberRule::Year:
        if (value < 1900 || value > 2100) {
            out << problem(name, text, "year", tr("%1 must be a year from 1900 to 2100").arg(name));
        }
        break;
    case NumberRule::Percent:
        if (!(value > 0 && value < 100)) {
            out << problem(name, text, "ci-level",
                           tr("%1 must be a percentage above 0 and below 100").arg(name));
        }
        break;
    case NumberRule::Probability:
        if (!(value > 0 && value <= 1)) {
            out << problem(name, text, "p-range", tr("a p value must be above 0 and at most 1"));
        }
        break;
    }
}

void checkField(const FieldSpec &field, const Fields &fields, QList<Problem> &out)
{
    const QString name = QString::fromLatin1(field.name);
    const QString text = fields.value(name);
    if (isBlank(text)) {
        if (field.required) {
            out << problem(name, text, "required", tr("%1 is required").arg(name));
        }
        return;
    }
    Problem why;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Reference:
        return;
    case FieldType::Slug:
        if (!matches("^[a-z0-9]+(-[a-z0-9]+)*$", text)) {
            out << problem(name, text, "slug",
                           tr("%1 must be lower-case letters and digits joined by hyphens, "
                              "e.g. captain-ii")
                               .arg(name));
        }
        return;
    case FieldType::Integer:
        if (const auto value = parseInteger(text, &why)) {
            checkRule(field, name, text, static_cast<double>(*value), out);
        } else {
            why.column = name;
            out << why;
        }
        return;
    case FieldType::Real:
        if (const auto value = parseNumber(text, &why)) {
            checkRule(field, name, text, *value, out);
        } else {
            why.column = name;
            out << why;
        }
        return;
    case FieldType::Flag:
        if (text != QLatin1String("0") && text != QLatin1String("1")) {
            out << problem(name, text, "flag", tr("%1 must be 0 or 1").arg(name));
        }
        return;
    case FieldType::Key:
        if (field.list && !isKey(*field.list, text)) {
            out << problem(
                name, text, "key",
                tr("%1 must be one of: %2")
                    .arg(name, vocabulary::keys(*field.list).join(QStringLiteral(", "))));
        }
        return;
    case FieldType::Doi:
        if (!matches("^10\\.[0-9]{4,9}/\\S+$", text)) {
            out << problem(
                name, text, "doi",
                tr("a DOI looks like 10.1161/STROKEAHA.115.009416 (no https://doi.org/)"));
        }
        return;
    case FieldType::Pmid:
        if (!matches("^[1-9][0-9]{0,8}$", text)) {
            out << problem(name, text, "pmid", tr("a PMID is 1 to 9 digits, e.g. 26564102"));
        }
        return;
    }
}

bool isRatio(const QString &metric)
{
    return metric == QLatin1String("or") || metric == QLatin1String("rr");
}

bool isStandardised(const QString &metric)
{
    return metric == QLatin1String("g") || metric == QLatin1String("d") ||
           metric == QLatin1String("smd");
}

void checkResult(const Fields &fields, QList<Problem> &out)
{
    const QString metric = fields.value(QStringLiteral("metric"));
    const auto estimate = numberOf(fields, QStringLiteral("estimate"));
    const auto low = numberOf(fields, QStringLiteral("ci_low"));
    const auto high = numberOf(fields, QStringLiteral("ci_high"));
    const QString lowText = fields.value(QStringLiteral("ci_low"));
    const QString highText = fields.value(QStringLiteral("ci_high"));
    if (isBlank(lowText) != isBlank(highText)) {
        out << problem(isBlank(lowText) ? QStringLiteral("ci_low") : QStringLiteral("ci_high"), {},
                       "ci-pair", tr("a confidence interval needs both its limits"));
    }
    if (estimate && low && *low > *estimate) {
        out << problem(QStringLiteral("ci_low"), lowText, "ci-order",
                       tr("the CI's lower limit is above the estimate"));
    }
    if (estimate && high && *estimate > *high) {
        out << problem(QStringLiteral("ci_high"), highText, "ci-order",
                       tr("the CI's upper limit is below the estimate"));
    }
    if (!estimate && low && high && *low > *high) {
        out << problem(QStringLiteral("ci_low"), lowText, "ci-order",
                       tr("the CI's lower limit is above its upper limit"));
    }
    for (const char *column : {"estimate", "ci_low", "ci_high"}) {
        const QString name = QString::fromLatin1(column);
        const auto value = numberOf(fields, name);
        if (!value) {
            continue;
        }
        if (metric == QLatin1String("mw") && !(*value > 0 && *value < 1)) {
            out << problem(name, fields.value(name), "mw-range",
                           tr("a Mann-Whitney effect size lies above 0 and below 1"));
        }
        if (isRatio(metric) && !(*value > 0)) {
            out << problem(name, fields.value(name), "ratio-positive",
                           tr("a ratio must be greater than 0"));
        }
    }
    if (estimate && isStandardised(metric) && std::abs(*estimate) > 2) {
        out << problem(QStringLiteral("estimate"), fields.value(QStringLiteral("estimate")),
                       "se-as-sd",
                       tr("|%1| > 2 is rare for a standardised difference: was a standard error "
                          "typed as a standard deviation?")
                           .arg(metric),
                       Severity::Warning);
    }
    const QString op = fields.value(QStringLiteral("p_operator"));
    const QString p = fields.value(QStringLiteral("p_value"));
    if (!isBlank(op) && !QStringList{QStringLiteral("<"), QStringLiteral("="), QStringLiteral(">"),
                                     QStringLiteral("<=")}
                             .contains(op)) {
        out << problem(QStringLiteral("p_operator"), op, "key",
                       tr("p_operator must be one of: <, =, >, <="));
    }
    if (isBlank(op) != isBlank(p)) {
        out << problem(isBlank(op) ? QStringLiteral("p_operator") : QStringLiteral("p_value"), {},
                       "p-pair",
                       tr("a p value needs its operator (<, =, >, <=) and the other "
                          "way round"));
    }
    if (fields.value(QStringLiteral("origin")) == QLatin1String("derived") &&
        isBlank(fields.value(QStringLiteral("derivation")))) {
        out << problem(QStringLiteral("derivation"), {}, "required",
                       tr("a derived result names its derivation"));
    }

    // The arms: sizes not above the result's N, events not above totals, a quote for numbers.
    const auto n = numberOf(fields, QStringLiteral("n"));
    double armSum = 0;
    bool allArmsSized = true;
    for (const QString &role : armRoles()) {
        if (!hasArm(fields, role)) {
            continue;
        }
        const QString nName = armField(role, "n");
        const auto armN = numberOf(fields, nName);
        const auto events = numberOf(fields, armField(role, "events"));
        const auto total = numberOf(fields, armField(role, "total"));
        if (armN) {
            armSum += *armN;
        } else {
            allArmsSized = false;
        }
        if (n && armN && *armN > *n) {
            out << problem(nName, fields.value(nName), "arm-size",
                           tr("an arm's size is above the result's N"));
        }
        if (events && total && *events > *total) {
            out << problem(armField(role, "events"), fields.value(armField(role, "events")),
                           "events-total", tr("events are more than the arm's total"));
        }
        if (isBlank(fields.value(armField(role, "quote")))) {
            out << problem(
                armField(role, "quote"), {}, "required",
                tr("an arm summary needs the source's words (%1)").arg(armField(role, "quote")));
        }
    }
    if (n && allArmsSized && armSum > *n) {
        out << problem(QStringLiteral("n"), fields.value(QStringLiteral("n")), "arm-size",
                       tr("the arms' sizes add up to more than the result's N"));
    }
}

void checkStudy(const Fields &fields, QList<Problem> &out)
{
    const auto enrolled = numberOf(fields, QStringLiteral("n_enrolled"));
    const auto analysed = numberOf(fields, QStringLiteral("n_analysed"));
    if (enrolled && analysed && *analysed > *enrolled) {
        out << problem(QStringLiteral("n_analysed"), fields.value(QStringLiteral("n_analysed")),
                       "arm-size", tr("more patients analysed than enrolled"));
    }
}

// min <= max for a pair of fields (a dosing range, a range of days).
void checkOrder(const Fields &fields, const char *low, const char *high, QList<Problem> &out)
{
    const QString lowName = QString::fromLatin1(low);
    const auto a = numberOf(fields, lowName);
    const auto b = numberOf(fields, QString::fromLatin1(high));
    if (a && b && *a > *b) {
        out << problem(lowName, fields.value(lowName), "range-order",
                       tr("%1 is above %2").arg(lowName, QString::fromLatin1(high)));
    }
}

void checkArm(const Fields &fields, QList<Problem> &out)
{
    const auto randomised = numberOf(fields, QStringLiteral("n_randomised"));
    const auto analysed = numberOf(fields, QStringLiteral("n_analysed"));
    if (randomised && analysed && *analysed > *randomised) {
        out << problem(QStringLiteral("n_analysed"), fields.value(QStringLiteral("n_analysed")),
                       "arm-size", tr("more patients analysed than randomised in the arm"));
    }
    // A number names its source and the source's words, as every number here does.
    if ((randomised || analysed) && isBlank(fields.value(QStringLiteral("source")))) {
        out << problem(QStringLiteral("source"), {}, "required",
                       tr("an arm's size names the source that reports it"));
    }
    if (!isBlank(fields.value(QStringLiteral("source"))) &&
        isBlank(fields.value(QStringLiteral("quote")))) {
        out << problem(QStringLiteral("quote"), {}, "required",
                       tr("an arm with a source needs the source's words (quote)"));
    }
}

void checkDosing(const Fields &fields, QList<Problem> &out)
{
    checkOrder(fields, "volume_ml_min", "volume_ml_max", out);
    checkOrder(fields, "mg_min", "mg_max", out);
    checkOrder(fields, "duration_days_min", "duration_days_max", out);
}

void checkInclusion(const Fields &fields, QList<Problem> &out)
{
    const QString synthesis = fields.value(QStringLiteral("synthesis")).trimmed();
    if (!synthesis.isEmpty() && synthesis == fields.value(QStringLiteral("trial")).trimmed()) {
        out << problem(QStringLiteral("trial"), synthesis, "self-inclusion",
                       tr("a synthesis cannot include itself"));
    }
}

void checkOutcome(const Fields &fields, QList<Problem> &out)
{
    const auto low = numberOf(fields, QStringLiteral("range_min"));
    const auto high = numberOf(fields, QStringLiteral("range_max"));
    if (low && high && *low > *high) {
        out << problem(QStringLiteral("range_min"), fields.value(QStringLiteral("range_min")),
                       "range-order", tr("range_min is above range_max"));
    }
}

} // namespace

QList<Problem> validateRecord(RecordKind kind, const Fields &fields)
{
    QList<Problem> out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (findField(kind, it.key()) == nullptr) {
            out << problem(it.key(), it.value(), "unknown-column",
                           tr("%1 is not a field of a %2").arg(it.key(), recordKindName(kind)));
        }
    }
    for (const FieldSpec &field : recordFields(kind)) {
        checkField(field, fields, out);
    }
    checkStatements(kind, fields, out);
    switch (kind) {
    case RecordKind::Result:
        checkResult(fields, out);
        break;
    case RecordKind::Study:
        checkStudy(fields, out);
        break;
    case RecordKind::Outcome:
        checkOutcome(fields, out);
        break;
    case RecordKind::Arm:
        checkArm(fields, out);
        break;
    case RecordKind::Dosing:
        checkDosing(fields, out);
        break;
    case RecordKind::SynthesisInclusion:
        checkInclusion(fields, out);
        break;
    case RecordKind::Source:
    case RecordKind::Target:
    case RecordKind::Mechanism:
    case RecordKind::MechanismTarget:
        break;
    }
    return out;
}

bool hasErrors(const QList<Problem> &problems)
{
    for (const Problem &p : problems) {
        if (p.severity == Severity::Error) {
            return true;
        }
    }
    return false;
}

std::optional<double> parseNumber(const QString &text, Problem *problem)
{
    const QString t = text.trimmed();
    if (isDecimal(t)) {
        if (const auto value = asciiDecimal(t)) {
            return value;
        }
        bool ok = false;
        const double value = QLocale::c().toDouble(t, &ok);
        if (ok && std::isfinite(value)) {
            return value;
        }
    }
    if (problem != nullptr) {
        if (matches("^[+-]?[0-9]*,[0-9]+$", t)) {
            *problem = Problem{{},
                               excerpt(text),
                               QStringLiteral("decimal-comma"),
                               tr("\"%1\" has a decimal comma: numbers are written with a point "
                                  "(0.62); type the digits the source printed")
                                   .arg(excerpt(text))};
        } else {
            *problem = Problem{{},
                               excerpt(text),
                               QStringLiteral("number"),
                               tr("\"%1\" is not a number").arg(excerpt(text))};
        }
    }
    return std::nullopt;
}

std::optional<qint64> parseInteger(const QString &text, Problem *problem)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qint64 value = isWholeNumber(t) ? t.toLongLong(&ok) : 0;
    if (ok && value >= std::numeric_limits<int>::min() &&
        value <= std::numeric_limits<int>::max()) {
        return value;
    }
    if (problem != nullptr) {
        Problem why;
        if (parseNumber(text, &why)) {
            *problem = Problem{{},
                               excerpt(text),
                               QStringLiteral("integer"),
                               tr("\"%1\" is not a whole number").arg(excerpt(text))};
        } else {
            *problem = why;
        }
    }
    return std::nullopt;
}

QString numberText(double value)
{
    // Plain decimals ("0.0001", as sources print them) unless the exponent is extreme.
    const double magnitude = std::abs(value);
    const bool extreme = value != 0 && (magnitude < 1e-6 || magnitude >= 1e15);
    return QString::number(value, extreme ? 'g' : 'f', QLocale::FloatingPointShortest);
}

QString excerpt(const QString &value)
{
    QString one = value.simplified();
    if (one.size() > 40) {
        one = one.left(39) + QChar(0x2026);
    }
    return one;
}

} // namespace eb::catalogue
