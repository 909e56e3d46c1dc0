#include "catalogue/syntheticcatalogue.h"

#include "catalogue/catalogue.h"
#include "catalogue/database.h"
#include "catalogue/recordwriter.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::synthetic", text);
}

constexpr int kOutcomeCount = 240;
constexpr int kBatchStudies = 500;

// splitmix64: the same numbers on every platform and standard library (the std
// distributions are implementation-defined), so a seed names one catalogue everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double normal() // Box-Muller
    {
        const double u = std::max(uniform(), 1e-12);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }
    bool chance(double p) { return uniform() < p; }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }
    QString pick(const QStringList &items)
    {
        return items.at(below(static_cast<int>(items.size())));
    }

private:
    quint64 m_state;
};

// One stream per record, from the seed and the record's index, so a study is the same
// whatever batch it falls in.
Random streamFor(const SyntheticOptions &options, quint64 kind, int index)
{
    Random mix(options.seed * 0x100000001B3ULL + kind);
    Random stream(mix.next() ^ (static_cast<quint64>(index) * 0xD6E8FEB86659FD93ULL));
    stream.next();
    return stream;
}

using Words = std::array<const char *, 16>;

const Words kAcronyms{"CARE",    "NEURO", "RECOVER", "ASCEND", "CASTA", "VERITAS",
                      "PHOENIX", "ARCO",  "SÍNAPSE", "MÖBIUS", "ÆGIS",  "KRAKÓW",
                      "LUMEN",   "ORBIT", "SPRING",  "TÉNOR"};
const Words kSurnames{"Müller",   "Nowak-Łęcka",  "Østergaard", "García",   "Çelik",   "Núñez",
                      "Dvořák",   "Åberg",        "O'Brien",    "Nguyễn",   "Ivanova", "Tanaka",
                      "Kowalski", "Papadopoulos", "Schröder",   "Jørgensen"};
const Words kCities{"Zürich", "Bogotá", "Łódź",      "São Paulo", "Kraków", "Malmö",
                    "Graz",   "Brno",   "Reykjavík", "Córdoba",   "Tōkyō",  "Cluj-Napoca",
                    "Vienna", "Seoul",  "Besançon",  "İzmir"};
const Words kScales{"NIHSS",     "mRS",           "Barthel Index", "ARAT",
                    "MoCA",      "MMSE",          "Fugl-Meyer",    "GOS-E",
                    "ADAS-cog",  "CGI",           "EQ-5D",         "SF-36",
                    "Rivermead", "Box and Block", "9-hole peg",    "Aachen Aphasia"};
const Words kQualifiers{
    "total score",       "change from baseline", "responder rate",      "upper-extremity",
    "composite",         "ordinal shift",        "≥ 4-point gain",      "normalised score",
    "sub-score (motor)", "time to recovery",     "dichotomised (0–2)",  "self-reported",
    "assessor-rated",    "area under the curve", "global χ² composite", "slope per week"};
const Words kMechanisms{
    "neurotrophic support",    "BDNF-like signalling",       "anti-apoptotic effect",
    "microglial modulation",   "synaptic plasticity",        "angiogenesis",
    "β-amyloid clearance",     "oxidative-stress reduction", "glutamate excitotoxicity",
    "neurogenesis in the SVZ", "blood–brain barrier repair", "calpain inhibition",
    "IGF-1 pathway",           "Sonic hedgehog signalling",  "mitochondrial function",
    "axonal sprouting"};
const Words kPhrases{"was well tolerated",
                     "did not differ from control",
                     "favoured the treatment arm",
                     "was underpowered for the primary endpoint",
                     "reported adverse events in both arms",
                     "lost 12 % to follow-up",
                     "used a blinded assessor",
                     "stratified by age and severity",
                     "was stopped early for futility",
                     "met its secondary endpoint",
                     "enrolled within 24 h of onset",
                     "used a last-observation-carried-forward "
                     "imputation",
                     "reported the median and IQR only",
                     "pre-registered its analysis plan",
                     "changed its primary outcome during the trial",
                     "included patients aged 18–85 years"};

QString sentence(Random &random, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        parts << QString::fromUtf8(random.pick(kPhrases));
    }
    return parts.join(QStringLiteral("; ")) + QStringLiteral(".");
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// A confidence interval printed at `decimals`, widened outward so that rounding never puts
// a limit on the wrong side of the estimate; `floor` keeps ratios and proportions above 0.
struct Interval
{
    QString estimate, low, high;
};

Interval interval(double estimate, double halfWidth, int decimals, double floor, double ceiling)
{
    const double scale = std::pow(10.0, decimals);
    const double e = std::clamp(std::round(estimate * scale) / scale, floor, ceiling);
    const double l = std::clamp(std::floor((estimate - halfWidth) * scale) / scale, floor, e);
    const double h = std::clamp(std::ceil((estimate + halfWidth) * scale) / scale, e, ceiling);
    return {number(e, decimals), number(l, decimals), number(h, decimals)};
}

QString studySlug(int index)
{
    return QStringLiteral("syn-%1").arg(index + 1, 6, 10, QChar(u'0'));
}

QString sourceSlug(int index)
{
    return QStringLiteral("syn-src-%1").arg(index + 1, 6, 10, QChar(u'0'));
}

QString outcomeSlug(int index)
{
    return QStringLiteral("syn-outcome-%1").arg(index + 1, 3, 10, QChar(u'0'));
}

QString provenance(const SyntheticOptions &options)
{
    return tr("Synthetic record made by evidence generate (seed %1); not a real study or "
              "publication.")
        .arg(options.seed);
}

RecordRow sourceRecord(const SyntheticOptions &options, int index, Random &random, int year)
{
    using vocabulary::List;
    const QString first = QString::fromUtf8(random.pick(kSurnames));
    QStringList authors{first};
    for (int i = random.between(0, 7); i > 0; --i) {
        authors << QString::fromUtf8(random.pick(kSurnames));
    }
    Fields f;
    f[QStringLiteral("slug")] = sourceSlug(index);
    f[QStringLiteral("kind")] = random.pick(vocabulary::keys(List::SourceKind));
    f[QStringLiteral("short_label")] = QStringLiteral("%1 et al. %2").arg(first).arg(year);
    f[QStringLiteral("authors")] = authors.join(QStringLiteral(", "));
    f[QStringLiteral("title")] =
        tr("%1 and %2 after %3: a report from %4")
            .arg(QString::fromUtf8(random.pick(kMechanisms)),
                 QString::fromUtf8(random.pick(kScales)), QString::fromUtf8(random.pick(kPhrases)),
                 QString::fromUtf8(random.pick(kCities)));
    f[QStringLiteral("journal")] = tr("Synthetic Journal of Neurorecovery (generated)");
    f[QStringLiteral("year")] = QString::number(year);
    f[QStringLiteral("volume")] = QString::number(random.between(1, 80));
    f[QStringLiteral("pages")] =
        QStringLiteral("%1–%2").arg(random.between(1, 900)).arg(random.between(901, 1200));
    f[QStringLiteral("sponsorship")] = random.pick(vocabulary::keys(List::Sponsorship));
    f[QStringLiteral("notes")] = provenance(options);
    return {RecordKind::Source, 0, 0, true, f};
}

// The result's metric, numbers and arm summaries.
void resultNumbers(Random &random, Fields &f, int armN, int controlN)
{
    using stats::Metric;
    static const std::array kMetrics{
        Metric::MeanDifference, Metric::HedgesG,   Metric::Smd,
        Metric::OddsRatio,      Metric::RiskRatio, Metric::MannWhitney};
    const Metric metric = random.pick(kMetrics);
    f[QStringLiteral("metric")] = vocabulary::metricKey(metric);
    const double se = 0.05 + random.uniform() * 0.4;
    Interval ci;
    const bool binary = metric == Metric::OddsRatio || metric == Metric::RiskRatio;
    if (binary) {
        const double logEstimate = random.normal() * 0.5;
        ci = interval(std::exp(logEstimate), std::exp(logEstimate) * 1.96 * se, 2, 0.01, 99.0);
        const int eventsT = random.between(0, armN);
        const int eventsC = random.between(0, controlN);
        f[QStringLiteral("treatment_events")] = QString::number(eventsT);
        f[QStringLiteral("treatment_total")] = QString::number(armN);
        f[QStringLiteral("control_events")] = QString::number(eventsC);
        f[QStringLiteral("control_total")] = QString::number(controlN);
        f[QStringLiteral("treatment_quote")] =
            QStringLiteral("%1/%2 events").arg(eventsT).arg(armN);
        f[QStringLiteral("control_quote")] =
            QStringLiteral("%1/%2 events").arg(eventsC).arg(controlN);
    } else if (metric == Metric::MannWhitney) {
        ci = interval(0.5 + random.normal() * 0.06, 1.96 * se * 0.2, 3, 0.001, 0.999);
    } else if (metric == Metric::MeanDifference) {
        ci = interval(random.normal() * 4.0, 1.96 * se * 8.0, 1, -1000.0, 1000.0);
        const double meanC = 10.0 + random.uniform() * 40.0;
        const double meanT = meanC + ci.estimate.toDouble();
        const QString sdT = number(2.0 + random.uniform() * 10.0, 1);
        const QString sdC = number(2.0 + random.uniform() * 10.0, 1);
        f[QStringLiteral("treatment_mean")] = number(meanT, 1);
        f[QStringLiteral("treatment_sd")] = sdT;
        f[QStringLiteral("control_mean")] = number(meanC, 1);
        f[QStringLiteral("control_sd")] = sdC;
        f[QStringLiteral("treatment_quote")] =
            QStringLiteral("mean %1 (SD %2), n = %3").arg(number(meanT, 1), sdT).arg(armN);
        f[QStringLiteral("control_quote")] =
            QStringLiteral("mean %1 (SD %2), n = %3").arg(number(meanC, 1), sdC).arg(controlN);
    } else {
        ci = interval(random.normal() * 0.35, 1.96 * se, 2, -1.9, 1.9);
    }
    f[QStringLiteral("estimate")] = ci.estimate;
    f[QStringLiteral("ci_low")] = ci.low;
    f[QStringLiteral("ci_high")] = ci.high;
    f[QStringLiteral("ci_level")] = QStringLiteral("95");
    if (!f.value(QStringLiteral("treatment_quote")).isEmpty()) {
        f[QStringLiteral("treatment_label")] = tr("Cerebrolysin");
        f[QStringLiteral("treatment_n")] = QString::number(armN);
        f[QStringLiteral("control_label")] = tr("Placebo");
        f[QStringLiteral("control_n")] = QString::number(controlN);
    }
    if (random.chance(0.2)) {
        f[QStringLiteral("p_operator")] = QStringLiteral("<");
        f[QStringLiteral("p_value")] = QStringLiteral("0.001");
    } else {
        f[QStringLiteral("p_operator")] = QStringLiteral("=");
        f[QStringLiteral("p_value")] = number(0.001 + random.uniform() * 0.998, 3);
    }
    f[QStringLiteral("quote")] =
        QStringLiteral("%1 %2 (95% CI %3 to %4), p %5 %6")
            .arg(f.value(QStringLiteral("metric")).toUpper(), ci.estimate, ci.low, ci.high,
                 f.value(QStringLiteral("p_operator")), f.value(QStringLiteral("p_value")));
}

} // namespace

QList<RecordRow> syntheticOutcomes(const SyntheticOptions &options)
{
    using vocabulary::List;
    QList<RecordRow> out;
    for (int i = 0; i < kOutcomeCount; ++i) {
        Random random = streamFor(options, 1, i);
        const QString scale = QString::fromUtf8(kScales.at(static_cast<std::size_t>(i % 16)));
        const QString qualifier =
            QString::fromUtf8(kQualifiers.at(static_cast<std::size_t>((i / 16) % 16)));
        Fields f;
        f[QStringLiteral("slug")] = outcomeSlug(i);
        f[QStringLiteral("name")] = QStringLiteral("%1, %2").arg(scale, qualifier);
        f[QStringLiteral("abbreviation")] = scale;
        f[QStringLiteral("domain")] = random.pick(vocabulary::keys(List::Domain));
        f[QStringLiteral("direction")] = random.pick(vocabulary::keys(List::Direction));
        if (random.chance(0.5)) {
            const int low = random.between(0, 10);
            f[QStringLiteral("range_min")] = QString::number(low);
            f[QStringLiteral("range_max")] = QString::number(low + random.between(5, 100));
        }
        f[QStringLiteral("description")] =
            tr("%1 (%2). %3").arg(scale, qualifier, provenance(options));
        out << RecordRow{RecordKind::Outcome, 0, 0, true, f};
    }
    return out;
}

QList<RecordRow> syntheticStudy(const SyntheticOptions &options, int index)
{
    using vocabulary::List;
    Random random = streamFor(options, 2, index);
    const int year = random.between(1992, 2025);
    QList<RecordRow> out{sourceRecord(options, index, random, year)};

    const QString acronym = QString::fromUtf8(random.pick(kAcronyms));
    const QString city = QString::fromUtf8(random.pick(kCities));
    const int enrolled = random.between(12, 2400);
    const int analysed = std::max(4, enrolled - random.between(0, enrolled / 6));
    Fields f;
    f[QStringLiteral("slug")] = studySlug(index);
    f[QStringLiteral("name")] = QStringLiteral("%1-%2").arg(acronym).arg(index + 1);
    QString title = tr("%1 of Cerebrolysin for %2 in %3")
                        .arg(QString::fromUtf8(random.pick(kMechanisms)),
                             QString::fromUtf8(random.pick(kScales)), city);
    for (int extra = random.between(0, 3); extra > 0; --extra) {
        title += QStringLiteral(": ") + QString::fromUtf8(random.pick(kPhrases));
    }
    f[QStringLiteral("title")] = title;
    f[QStringLiteral("design")] = random.pick(vocabulary::keys(List::Design));
    f[QStringLiteral("condition")] = random.pick(vocabulary::keys(List::Condition));
    f[QStringLiteral("species")] = random.chance(0.85)
                                       ? QString(vocabulary::key::human)
                                       : random.pick(vocabulary::keys(List::Species));
    f[QStringLiteral("severity")] =
        QStringLiteral("NIHSS %1–%2").arg(random.between(2, 8)).arg(random.between(9, 25));
    f[QStringLiteral("blinding")] = random.chance(0.7) ? tr("double-blind") : tr("open-label");
    f[QStringLiteral("setting")] = tr("%1 centres around %2").arg(random.between(1, 40)).arg(city);
    f[QStringLiteral("centres")] = QString::number(random.between(1, 40));
    f[QStringLiteral("n_enrolled")] = QString::number(enrolled);
    f[QStringLiteral("n_analysed")] = QString::number(analysed);
    f[QStringLiteral("intervention")] = tr("Cerebrolysin %1 mL/day i.v. for %2 days")
                                            .arg(random.pick(std::array<int, 4>{10, 20, 30, 50}))
                                            .arg(random.between(5, 30));
    f[QStringLiteral("control")] = tr("placebo (saline 0.9 %)");
    f[QStringLiteral("timing")] = tr("within %1 h of onset").arg(random.between(6, 72));
    f[QStringLiteral("follow_up")] = tr("%1 days").arg(random.pick(std::array{30, 90, 180, 365}));
    f[QStringLiteral("year")] = QString::number(year);
    f[QStringLiteral("primary_source")] = sourceSlug(index);
    f[QStringLiteral("sponsorship")] = random.pick(vocabulary::keys(List::Sponsorship));
    f[QStringLiteral("summary")] =
        sentence(random, random.between(1, 5)) + QChar(u' ') + provenance(options);
    out << RecordRow{RecordKind::Study, 0, 0, true, f};

    const int armT = std::max(2, analysed / 2);
    const int armC = std::max(2, analysed - armT);
    for (int r = 0; r < options.resultsPerStudy; ++r) {
        Fields rf;
        rf[QStringLiteral("study")] = studySlug(index);
        rf[QStringLiteral("outcome")] = outcomeSlug(random.below(kOutcomeCount));
        rf[QStringLiteral("source")] = sourceSlug(index);
        const int days = random.pick(std::array{7, 21, 30, 90, 180});
        rf[QStringLiteral("timepoint")] = tr("day %1").arg(days);
        rf[QStringLiteral("timepoint_days")] = QString::number(days);
        rf[QStringLiteral("population")] = random.chance(0.7) ? tr("ITT") : tr("per protocol");
        rf[QStringLiteral("comparison")] = tr("Cerebrolysin vs placebo");
        rf[QStringLiteral("n")] = QString::number(armT + armC);
        rf[QStringLiteral("statistical_method")] =
            random.chance(0.5) ? tr("ANCOVA") : tr("Mann–Whitney test");
        resultNumbers(random, rf, armT, armC);
        if (random.chance(0.3)) {
            rf[QStringLiteral("note")] = sentence(random, random.between(1, 2));
        }
        out << RecordRow{RecordKind::Result, 0, 0, true, rf};
    }
    return out;
}

namespace {

// The records in batches through `insert` (one transaction each).
bool writeSynthetic(const std::function<WriteReport(const QList<RecordRow> &)> &insert,
                    const SyntheticOptions &options, const SyntheticProgress &progress,
                    QString *error)
{
    const auto write = [&](const QList<RecordRow> &rows) {
        const WriteReport report = insert(rows);
        if (report.committed) {
            return true;
        }
        for (const RecordProblem &p : report.problems) {
            if (p.problem.severity == Severity::Error) {
                *error = tr("%1 %2, %3: %4 [%5]")
                             .arg(recordKindName(p.kind),
                                  rows.at(p.index).fields.value(QStringLiteral("slug")),
                                  p.problem.column, p.problem.message, p.problem.rule);
                return false;
            }
        }
        *error = tr("the catalogue refused the write");
        return false;
    };
    if (!write(syntheticOutcomes(options))) {
        return false;
    }
    for (int first = 0; first < options.studies; first += kBatchStudies) {
        const int end = std::min(options.studies, first + kBatchStudies);
        QList<RecordRow> rows;
        rows.reserve(static_cast<qsizetype>(end - first) * (options.resultsPerStudy + 2));
        for (int i = first; i < end; ++i) {
            rows << syntheticStudy(options, i);
        }
        if (!write(rows)) {
            return false;
        }
        if (progress && !progress(end, options.studies)) {
            *error = tr("cancelled");
            return false;
        }
    }
    return true;
}

} // namespace

bool writeSyntheticCatalogue(Catalogue &catalogue, const SyntheticOptions &options,
                             const SyntheticProgress &progress, QString *error)
{
    return writeSynthetic(
        [&catalogue](const QList<RecordRow> &rows) { return catalogue.insertRecords(rows); },
        options, progress, error);
}

bool writeSyntheticFile(const QString &path, const SyntheticOptions &options, const QString &title,
                        const SyntheticProgress &progress, QString *error)
{
    Database db;
    const auto failed = [&db, error] {
        *error = db.lastError();
        return false;
    };
    if (!db.open(path, OpenMode::Create) || !db.beginBulkLoad()) {
        return failed();
    }
    RecordWriter writer(db);
    if (!writeSynthetic([&writer](const QList<RecordRow> &rows) { return writer.insert(rows); },
                        options, progress, error)) {
        return false;
    }
    if (!db.finishBulkLoad() || !db.runScripts({}, {{QStringLiteral("title"), title}})) {
        return failed();
    }
    db.close();
    return true;
}

} // namespace eb::catalogue
