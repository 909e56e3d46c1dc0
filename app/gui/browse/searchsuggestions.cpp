#include "gui/browse/searchsuggestions.h"

#include "catalogue/catalogue.h"
#include "evidence/format.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace eb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::SearchSuggestion", text);
}

// True when the search index finds anything of any kind for `text`.
bool hasHits(const catalogue::Catalogue &catalogue, const QString &text)
{
    return !catalogue.search(text, 1).isEmpty();
}

// The units the catalogue's doses are given in, as a reader writes them, with the amounts in
// each ("mL" -> 10, 30, 50).
QMap<QString, QList<double>> doseAmountsByUnit(const catalogue::Catalogue &catalogue)
{
    QMap<QString, QList<double>> amounts;
    const auto add = [&amounts](const QString &unit, std::optional<double> value) {
        if (value && !amounts[unit].contains(*value)) {
            amounts[unit].append(*value);
        }
    };
    for (const catalogue::DosingRecord &dose : catalogue.dosing()) {
        const QString volume = dose.perKg ? QStringLiteral("mL/kg") : QStringLiteral("mL");
        const QString mass = dose.perKg ? QStringLiteral("mg/kg") : QStringLiteral("mg");
        add(volume, dose.volumeMlMin);
        add(volume, dose.volumeMlMax);
        add(mass, dose.mgMin);
        add(mass, dose.mgMax);
    }
    for (QList<double> &values : amounts) {
        std::sort(values.begin(), values.end());
    }
    return amounts;
}

// A dose that the catalogue does not hold ("2.5 mg"): the note says in which units and ranges
// its doses are, and the doses the index finds are the suggestions, those in the typed unit
// and nearest the typed amount first.
void suggestDoses(const catalogue::Catalogue &catalogue, const QString &text,
                  SearchSuggestion &suggestion)
{
    static const QRegularExpression dose(
        QStringLiteral(R"((\d+(?:[.,]\d+)?)\s*(mg|ml|g|µg|mcg|l)(\s*/\s*kg)?\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = dose.match(text);
    if (!match.hasMatch()) {
        return;
    }
    const QMap<QString, QList<double>> amounts = doseAmountsByUnit(catalogue);
    if (amounts.isEmpty()) {
        return;
    }
    const double typedAmount =
        match.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    const QString typedUnit =
        match.captured(2) + (match.captured(3).isEmpty() ? QString() : QStringLiteral("/kg"));
    QString unit; // the catalogue's spelling of the typed unit, if it has doses in it
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        if (it.key().compare(typedUnit, Qt::CaseInsensitive) == 0) {
            unit = it.key();
        }
    }
    QStringList ranges;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        ranges << (it.value().size() == 1
                       ? QStringLiteral("%1 %2").arg(evidence::formatValue(it.value().first()),
                                                     it.key())
                       : tr("%1 to %2 %3")
                             .arg(evidence::formatValue(it.value().first()),
                                  evidence::formatValue(it.value().last()), it.key()));
    }
    if (unit.isEmpty()) {
        suggestion.note = tr("No dose in %1 is catalogued; doses are in %2.")
                              .arg(typedUnit, ranges.join(tr(" and ")));
    } else {
        suggestion.note = tr("No dose of %1 is catalogued; the catalogued doses range from %2.")
                              .arg(match.captured(0), ranges.join(tr(" and ")));
    }
    // The typed unit first, nearest amount first; then the other units.
    QList<QPair<double, QString>> candidates;
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it) {
        for (double value : it.value()) {
            const double rank = (it.key() == unit ? 0.0 : 1e12) + std::abs(value - typedAmount);
            candidates.append(
                {rank, QStringLiteral("%1 %2").arg(evidence::formatValue(value), it.key())});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[rank, query] : candidates) {
        Q_UNUSED(rank);
        if (suggestion.queries.size() < kMaxSuggestedQueries && hasHits(catalogue, query)) {
            suggestion.queries.append(query);
        }
    }
}

// The words of the catalogue's record names, as they are written ("CAPTAIN", "Cochrane").
QStringList catalogueWords(const catalogue::Catalogue &catalogue)
{
    QStringList texts;
    for (const catalogue::StudySummary &study : catalogue.studies()) {
        texts << study.name;
    }
    for (const catalogue::OutcomeMeasureRecord &outcome : catalogue.outcomes()) {
        texts << outcome.name << outcome.abbreviation;
    }
    for (const catalogue::MechanismRecord &mechanism : catalogue.mechanisms()) {
        texts << mechanism.category;
        for (const catalogue::MechanismTargetRecord &target : mechanism.targets) {
            texts << target.name;
        }
    }
    for (const catalogue::SourceRecord &source : catalogue.sources()) {
        texts << source.shortLabel << source.title;
    }
    static const QRegularExpression nonWord(QStringLiteral(R"([^\w-]+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    QSet<QString> seen;
    for (const QString &text : texts) {
        for (const QString &word : text.split(nonWord, Qt::SkipEmptyParts)) {
            if (word.size() >= 3 && !seen.contains(word.toCaseFolded())) {
                seen.insert(word.toCaseFolded());
                words << word;
            }
        }
    }
    return words;
}

// Each typed word that finds nothing, replaced by the catalogue's words closest to it ("Cochrain"
// -> "Cochrane"); and when every word finds something alone but not together, each word alone.
void suggestNearWords(const catalogue::Catalogue &catalogue, const QString &text,
                      SearchSuggestion &suggestion)
{
    const QStringList typed = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList alone;
    const QStringList words = catalogueWords(catalogue);
    for (qsizetype i = 0; i < typed.size() && suggestion.queries.size() < kMaxSuggestedQueries;
         ++i) {
        const QString word = typed.at(i);
        if (hasHits(catalogue, word)) {
            alone << word;
            continue;
        }
        const QString folded = word.toCaseFolded();
        if (folded.size() < 3) {
            continue;
        }
        const int allowed = std::max(1, static_cast<int>(folded.size()) / 4);
        QList<QPair<int, QString>> near;
        for (const QString &candidate : words) {
            const int distance = editDistance(folded, candidate.toCaseFolded());
            if (distance > 0 && distance <= allowed) {
                near.append({distance, candidate});
            }
        }
        std::stable_sort(near.begin(), near.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[distance, candidate] : near) {
            Q_UNUSED(distance);
            QStringList replaced = typed;
            replaced[i] = candidate;
            const QString query = replaced.join(QLatin1Char(' '));
            if (suggestion.queries.size() < kMaxSuggestedQueries &&
                !suggestion.queries.contains(query) && hasHits(catalogue, query)) {
                suggestion.queries.append(query);
            } else if (suggestion.queries.size() < kMaxSuggestedQueries &&
                       !suggestion.queries.contains(candidate) && hasHits(catalogue, candidate)) {
                suggestion.queries.append(candidate);
            }
        }
    }
    if (typed.size() > 1) {
        for (const QString &word : alone) {
            if (suggestion.queries.size() < kMaxSuggestedQueries &&
                !suggestion.queries.contains(word)) {
                suggestion.queries.append(word);
            }
        }
    }
}

} // namespace

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

SearchSuggestion suggestSearches(const catalogue::Catalogue &catalogue, const QString &text)
{
    SearchSuggestion suggestion;
    if (text.trimmed().isEmpty()) {
        return suggestion;
    }
    suggestDoses(catalogue, text, suggestion);
    if (suggestion.note.isEmpty()) {
        suggestNearWords(catalogue, text, suggestion);
    }
    return suggestion;
}

} // namespace eb::gui
