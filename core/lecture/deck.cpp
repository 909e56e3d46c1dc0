#include "lecture/deck.h"

#include "model/vocabulary.h"
#include "output/boundedread.h"
#include "output/messagetext.h"
#include "output/outputfile.h"
#include "stats/metric.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace eb::lecture {
namespace {

constexpr qint64 kMaxDeckBytes = qint64{16} * 1024 * 1024;

const QString kFormat = QStringLiteral("evidence-browser-deck");
const QStringList kPools{QStringLiteral("none"), QStringLiteral("FE"), QStringLiteral("DL"),
                         QStringLiteral("REML"), QStringLiteral("PM")};
// The display metrics, and "reported" (each result as its source printed it).
const QStringList kMetrics = eb::catalogue::vocabulary::displayMetricKeys()
                             << QStringLiteral("reported");
const QStringList kSections{QStringLiteral("study"), QStringLiteral("outcome"),
                            QStringLiteral("claim")};
const QStringList kBenchmarks{QStringLiteral("small"), QStringLiteral("medium"),
                              QStringLiteral("large")};

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::Deck", text);
}

// Reads the fields of one JSON object strictly; the first problem is kept in `error`.
class Reader
{
public:
    Reader(const QJsonObject &object, QString where, QString *error)
        : m_object(object), m_where(std::move(where)), m_error(error)
    {
    }

    bool failed() const { return !m_error->isEmpty(); }
    QString where(const QString &field) const
    {
        return m_where.isEmpty() ? field : m_where + QLatin1Char('.') + field;
    }
    void fail(const QString &field, const QString &message)
    {
        if (!failed()) {
            *m_error = QStringLiteral("%1: %2").arg(where(field), message);
        }
    }
    bool has(const QString &field) const { return m_object.contains(field); }

    QString string(const QString &field, const QString &fallback = {},
                   const QStringList &allowed = {})
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isString()) {
            fail(field, tr("expected a string"));
            return fallback;
        }
        const QString text = value.toString();
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            fail(field,
                 tr("expected one of %1, not \"%2\"")
                     .arg(allowed.join(QStringLiteral(", ")), eb::output::elidedInput(text)));
            return fallback;
        }
        return text;
    }
    bool boolean(const QString &field, bool fallback)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isBool()) {
            fail(field, tr("expected true or false"));
            return fallback;
        }
        return value.toBool();
    }
    double number(const QString &field, double fallback, double min, double max)
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            return fallback;
        }
        const double x = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(x)) {
            fail(field, tr("expected a number"));
            return fallback;
        }
        if (x < min || x > max) {
            fail(field, tr("must lie between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return x;
    }
    QJsonObject object(const QString &field)
    {
        const QJsonValue value = m_object.value(field);
        if (!value.isObject()) {
            fail(field, value.isUndefined() ? tr("missing") : tr("expected an object"));
            return {};
        }
        return value.toObject();
    }
    std::optional<ResultKey> key(const QString &field)
    {
        const QJsonObject object = this->object(field);
        if (failed()) {
            return std::nullopt;
        }
        return resultKeyFromJson(object, where(field), m_error);
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

QJsonObject labToJson(const LabSlide &lab)
{
    QJsonObject object;
    if (lab.preset) {
        object.insert(QStringLiteral("preset"), resultKeyToJson(*lab.preset));
    } else {
        object.insert(QStringLiteral("metric"), labMetricKey(lab.input.metric));
        object.insert(QStringLiteral("value"), lab.input.value);
        if (lab.input.ciLow && lab.input.ciHigh) {
            object.insert(QStringLiteral("ciLow"), *lab.input.ciLow);
            object.insert(QStringLiteral("ciHigh"), *lab.input.ciHigh);
        }
        object.insert(QStringLiteral("n1"), lab.input.n1);
        object.insert(QStringLiteral("n2"), lab.input.n2);
        if (lab.input.negative) {
            object.insert(QStringLiteral("negative"), true);
        }
    }
    object.insert(QStringLiteral("cer"), lab.input.cer);
    if (lab.comparePreset) {
        object.insert(QStringLiteral("compare"),
                      QJsonObject{{QStringLiteral("preset"), resultKeyToJson(*lab.comparePreset)}});
    } else if (!lab.compareBenchmark.isEmpty()) {
        object.insert(QStringLiteral("compare"),
                      QJsonObject{{QStringLiteral("benchmark"), lab.compareBenchmark}});
    }
    return object;
}

LabSlide labFromJson(Reader &in)
{
    LabSlide lab;
    if (in.has(QStringLiteral("preset"))) {
        lab.preset = in.key(QStringLiteral("preset"));
    } else {
        const QString metric = in.string(QStringLiteral("metric"), QStringLiteral("mw"));
        const auto parsed = labMetricFromKey(metric);
        if (!parsed) {
            in.fail(QStringLiteral("metric"), tr("unknown metric \"%1\"").arg(metric.left(60)));
            return lab;
        }
        lab.input.metric = *parsed;
        if (!in.has(QStringLiteral("value"))) {
            in.fail(QStringLiteral("value"), tr("missing"));
        }
        lab.input.value = in.number(QStringLiteral("value"), 0.5, -1e6, 1e6);
        if (in.has(QStringLiteral("ciLow")) != in.has(QStringLiteral("ciHigh"))) {
            in.fail(in.has(QStringLiteral("ciLow")) ? QStringLiteral("ciHigh")
                                                    : QStringLiteral("ciLow"),
                    tr("give both ends of the interval, or neither"));
        } else if (in.has(QStringLiteral("ciLow"))) {
            lab.input.ciLow = in.number(QStringLiteral("ciLow"), std::nan(""), -1e6, 1e6);
            lab.input.ciHigh = in.number(QStringLiteral("ciHigh"), std::nan(""), -1e6, 1e6);
        }
        lab.input.n1 = static_cast<int>(in.number(QStringLiteral("n1"), 50, 2, 1e6));
        lab.input.n2 = static_cast<int>(in.number(QStringLiteral("n2"), 50, 2, 1e6));
        lab.input.negative = in.boolean(QStringLiteral("negative"), false);
    }
    lab.input.cer = in.number(QStringLiteral("cer"), 0.3, 0.001, 0.999);
    if (in.has(QStringLiteral("compare"))) {
        const QJsonObject compare = in.object(QStringLiteral("compare"));
        QString error;
        Reader inner(compare, in.where(QStringLiteral("compare")), &error);
        if (compare.contains(QStringLiteral("preset"))) {
            lab.comparePreset = inner.key(QStringLiteral("preset"));
        } else {
            lab.compareBenchmark =
                inner.string(QStringLiteral("benchmark"), QStringLiteral("medium"), kBenchmarks);
        }
        if (!error.isEmpty()) {
            in.fail(QStringLiteral("compare"), error.section(QStringLiteral(": "), 1));
        }
    }
    return lab;
}

QJsonObject slideToJson(const Slide &slide)
{
    QJsonObject object{{QStringLiteral("kind"), slideKindKey(slide.kind)}};
    if (!slide.title.isEmpty()) {
        object.insert(QStringLiteral("title"), slide.title);
    }
    if (!slide.note.isEmpty()) {
        object.insert(QStringLiteral("note"), slide.note);
    }
    const QJsonObject record{{QStringLiteral("section"), slide.record.section},
                             {QStringLiteral("slug"), slide.record.slug}};
    switch (slide.kind) {
    case SlideKind::Forest:
        if (slide.results.isEmpty()) {
            object.insert(QStringLiteral("record"), record);
        } else {
            QJsonArray results;
            for (const ResultKey &key : slide.results) {
                results.append(resultKeyToJson(key));
            }
            object.insert(QStringLiteral("results"), results);
        }
        {
            QJsonObject chart{{QStringLiteral("metric"), slide.metric},
                              {QStringLiteral("benchmarks"), slide.benchmarks},
                              {QStringLiteral("pool"), slide.pool},
                              {QStringLiteral("reveal"), slide.reveal}};
            if (!slide.scale.isEmpty()) {
                chart.insert(QStringLiteral("scale"), slide.scale);
            }
            object.insert(QStringLiteral("chart"), chart);
            break;
        }
    case SlideKind::Domains:
        object.insert(QStringLiteral("record"), record);
        object.insert(QStringLiteral("chart"),
                      QJsonObject{{QStringLiteral("metric"), slide.metric}});
        break;
    case SlideKind::TimeCourse:
        object.insert(QStringLiteral("record"), record);
        if (!slide.outcome.isEmpty()) {
            object.insert(QStringLiteral("chart"),
                          QJsonObject{{QStringLiteral("outcome"), slide.outcome}});
        }
        break;
    case SlideKind::Distribution:
        object.insert(QStringLiteral("result"),
                      resultKeyToJson(slide.result.value_or(ResultKey{})));
        break;
    case SlideKind::Lab:
        object.insert(QStringLiteral("lab"), labToJson(slide.lab));
        break;
    case SlideKind::Findings:
        object.insert(QStringLiteral("record"), record);
        object.insert(QStringLiteral("source"), slide.source);
        break;
    }
    return object;
}

std::optional<Slide> slideFromJson(const QJsonObject &object, const QString &where, QString *error)
{
    Reader in(object, where, error);
    Slide slide;
    const QString kind = in.string(QStringLiteral("kind"));
    const auto parsed = slideKindFromKey(kind);
    if (!parsed) {
        in.fail(QStringLiteral("kind"),
                kind.isEmpty() ? tr("missing") : tr("unknown kind \"%1\"").arg(kind.left(60)));
        return std::nullopt;
    }
    slide.kind = *parsed;
    slide.title = in.string(QStringLiteral("title"));
    slide.note = in.string(QStringLiteral("note"));
    const bool listed = slide.kind == SlideKind::Forest && in.has(QStringLiteral("results"));
    if (listed) {
        const QJsonValue results = object.value(QStringLiteral("results"));
        if (!results.isArray() || results.toArray().isEmpty()) {
            in.fail(QStringLiteral("results"), tr("expected a list of results"));
            return std::nullopt;
        }
        const QJsonArray list = results.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = in.where(QStringLiteral("results[%1]").arg(i));
            if (!list.at(i).isObject()) {
                *error = tr("%1: expected an object").arg(at);
                return std::nullopt;
            }
            const auto key = resultKeyFromJson(list.at(i).toObject(), at, error);
            if (!key) {
                return std::nullopt;
            }
            slide.results.append(*key);
        }
    }
    if (slide.kind == SlideKind::Findings) {
        Reader record(in.object(QStringLiteral("record")), in.where(QStringLiteral("record")),
                      error);
        if (in.failed()) {
            return std::nullopt;
        }
        slide.record.section = record.string(QStringLiteral("section"), QString(), kSections);
        slide.record.slug = record.string(QStringLiteral("slug"));
        if (!record.failed() && slide.record.section != QLatin1String("study")) {
            record.fail(QStringLiteral("section"), tr("a summary of findings is a study's"));
        }
        if (!record.failed() && slide.record.slug.trimmed().isEmpty()) {
            record.fail(QStringLiteral("slug"), tr("missing"));
        }
        slide.source = in.string(QStringLiteral("source"));
        if (!in.failed() && slide.source.trimmed().isEmpty()) {
            in.fail(QStringLiteral("source"), tr("missing"));
        }
    } else if (slide.kind == SlideKind::Forest || slide.kind == SlideKind::Domains ||
               slide.kind == SlideKind::TimeCourse) {
        Reader record(listed ? QJsonObject{{QStringLiteral("section"), QStringLiteral("study")},
                                           {QStringLiteral("slug"), QStringLiteral("-")}}
                             : in.object(QStringLiteral("record")),
                      in.where(QStringLiteral("record")), error);
        if (in.failed()) {
            return std::nullopt;
        }
        slide.record.section = record.string(QStringLiteral("section"), QString(), kSections);
        slide.record.slug = record.string(QStringLiteral("slug"));
        if (!record.failed() && slide.record.slug.trimmed().isEmpty()) {
            record.fail(QStringLiteral("slug"), tr("missing"));
        }
        // Without a section the slide names no record; accepted, it was written back as ""
        // and the saved deck could not be opened again (found by tests/fuzz/deck_fuzz).
        if (!record.failed() && slide.record.section.isEmpty()) {
            record.fail(QStringLiteral("section"), tr("missing"));
        }
        if (slide.kind == SlideKind::TimeCourse && !record.failed() &&
            slide.record.section != QLatin1String("study")) {
            record.fail(QStringLiteral("section"), tr("a time course is drawn for a study"));
        }
        if (listed) {
            slide.record = {}; // the listed results stand in for a record
        }
        const QJsonObject chart = object.value(QStringLiteral("chart")).toObject();
        if (in.has(QStringLiteral("chart")) && !object.value(QStringLiteral("chart")).isObject()) {
            in.fail(QStringLiteral("chart"), tr("expected an object"));
        }
        Reader settings(chart, in.where(QStringLiteral("chart")), error);
        slide.metric = settings.string(QStringLiteral("metric"), QStringLiteral("mw"), kMetrics);
        slide.benchmarks = settings.boolean(QStringLiteral("benchmarks"), true);
        slide.pool = settings.string(QStringLiteral("pool"), QStringLiteral("none"), kPools);
        slide.reveal = settings.boolean(QStringLiteral("reveal"), true);
        slide.outcome = settings.string(QStringLiteral("outcome"));
        slide.scale = settings.string(QStringLiteral("scale"));
        if (slide.kind == SlideKind::Domains && slide.metric == QLatin1String("reported")) {
            settings.fail(QStringLiteral("metric"), tr("\"reported\" is for forest plots"));
        }
        if (!slide.scale.isEmpty() &&
            !stats::metricFromKey(slide.scale.toStdString()).has_value()) {
            settings.fail(QStringLiteral("scale"),
                          tr("unknown metric \"%1\"").arg(slide.scale.left(60)));
        }
    } else if (slide.kind == SlideKind::Distribution) {
        slide.result = in.key(QStringLiteral("result"));
    } else {
        Reader lab(in.object(QStringLiteral("lab")), in.where(QStringLiteral("lab")), error);
        if (!in.failed()) {
            slide.lab = labFromJson(lab);
        }
    }
    if (!error->isEmpty()) {
        return std::nullopt;
    }
    return slide;
}

} // namespace

QString slideKindKey(SlideKind kind)
{
    static const char *const keys[] = {"forest",  "distribution", "timecourse",
                                       "domains", "lab",          "findings"};
    return QString::fromLatin1(keys[static_cast<int>(kind)]);
}

std::optional<SlideKind> slideKindFromKey(const QString &key)
{
    for (SlideKind kind : {SlideKind::Forest, SlideKind::Distribution, SlideKind::TimeCourse,
                           SlideKind::Domains, SlideKind::Lab, SlideKind::Findings}) {
        if (slideKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString slideKindName(SlideKind kind)
{
    switch (kind) {
    case SlideKind::Forest:
        return tr("Forest plot");
    case SlideKind::Distribution:
        return tr("Distributions");
    case SlideKind::TimeCourse:
        return tr("Time course");
    case SlideKind::Domains:
        return tr("Outcome domains");
    case SlideKind::Lab:
        return tr("Effect size lab");
    case SlideKind::Findings:
        return tr("Summary of findings");
    }
    return {};
}

QByteArray deckToJson(const Deck &deck)
{
    QJsonArray slides;
    for (const Slide &slide : deck.slides) {
        slides.append(slideToJson(slide));
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kDeckFormatVersion},
                           {QStringLiteral("title"), deck.title},
                           {QStringLiteral("fontScale"), deck.fontScale},
                           {QStringLiteral("slides"), slides}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Deck> deckFromJson(const QByteArray &json, QString *error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not a deck: %1 at byte %2 (truncated or not JSON)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("not a deck: expected a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader in(root, QString(), error);
    if (in.string(QStringLiteral("format")) != kFormat) {
        in.fail(QStringLiteral("format"), tr("expected \"%1\"").arg(kFormat));
        return std::nullopt;
    }
    const double version = in.number(QStringLiteral("version"), 0, 1, 1000);
    if (!in.failed() && version != kDeckFormatVersion) {
        in.fail(QStringLiteral("version"),
                tr("this program reads version %1, not %2").arg(kDeckFormatVersion).arg(version));
    }
    Deck deck;
    deck.title = in.string(QStringLiteral("title"));
    deck.fontScale = in.number(QStringLiteral("fontScale"), 2.0, 0.5, 4.0);
    if (!root.value(QStringLiteral("slides")).isArray()) {
        in.fail(QStringLiteral("slides"), tr("expected a list"));
    }
    if (in.failed()) {
        return std::nullopt;
    }
    const QJsonArray slides = root.value(QStringLiteral("slides")).toArray();
    for (qsizetype i = 0; i < slides.size(); ++i) {
        const QString where = QStringLiteral("slides[%1]").arg(i);
        if (!slides.at(i).isObject()) {
            *error = tr("%1: expected an object").arg(where);
            return std::nullopt;
        }
        auto slide = slideFromJson(slides.at(i).toObject(), where, error);
        if (!slide) {
            return std::nullopt;
        }
        deck.slides.append(*slide);
    }
    return deck;
}

std::optional<Deck> loadDeck(const QString &path, QString *error)
{
    // A deck is a few kilobytes; anything past 16 MB (/dev/zero, a runaway pipe) is refused
    // without being read whole.
    const std::optional<QByteArray> data = eb::output::readBounded(path, kMaxDeckBytes, error);
    if (!data) {
        return std::nullopt;
    }
    auto deck = deckFromJson(*data, error);
    if (!deck) {
        *error = QStringLiteral("%1: %2").arg(eb::output::elidedInput(path, 80), *error);
    }
    return deck;
}

bool saveDeck(const Deck &deck, const QString &path, QString *error)
{
    return eb::output::writeFile(path, deckToJson(deck), error);
}

} // namespace eb::lecture
