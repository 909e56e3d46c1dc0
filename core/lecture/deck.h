#pragma once

#include "lecture/effectlab.h"
#include "lecture/resultkey.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// A lecture deck: an ordered list of slides, each naming what to draw (catalogue records by
// slug, results by their ResultKey, chart settings), never the numbers drawn. The file format
// (JSON, "format": "evidence-browser-deck", "version": 1) is documented in
// docs/presentation-format.md; this is its one reader and writer.
namespace eb::lecture {

enum class SlideKind
{
    Forest,       // forest plot of a record's results
    Distribution, // the two distributions of one result
    TimeCourse,   // one study's effects by timepoint
    Domains,      // a record's results grouped by outcome domain on one metric
    Lab,          // a state of the effect-size lab (presented live)
    Findings,     // a review's summary-of-findings table (the Syntheses window's)
};

// "forest", "distribution", "timecourse", "domains", "lab", "findings"
QString slideKindKey(SlideKind kind);
std::optional<SlideKind> slideKindFromKey(const QString &key);
QString slideKindName(SlideKind kind); // "Forest plot", ...

// A catalogue record whose results a chart draws.
struct RecordRef
{
    QString section; // "study", "outcome" or "claim" (the sections' keys)
    QString slug;
    bool operator==(const RecordRef &) const = default;
};

// The lab as a slide: a preset (a catalogue result, read afresh) or a value typed by the
// lecturer, and optionally a second effect to compare it with.
struct LabSlide
{
    std::optional<ResultKey> preset; // when set, the value comes from the catalogue
    LabInput input;                  // the typed value (unused for the value when preset is set)
    // A comparison: a preset, or an MW benchmark ("small", "medium", "large").
    std::optional<ResultKey> comparePreset;
    QString compareBenchmark;
    bool operator==(const LabSlide &) const = default;
};

struct Slide
{
    SlideKind kind = SlideKind::Forest;
    QString title;    // empty: the chart's own title
    QString note;     // the lecturer's note, not drawn
    RecordRef record; // forest, timecourse, domains, findings (the review, a study)
    QString source;   // findings: the slug of the source whose table it is
    // forest: these results instead of a record's (e.g. one timepoint of two trials to pool)
    QList<ResultKey> results;
    std::optional<ResultKey> result; // distribution
    // forest/domains display: "mw", "d", "or", "native"; forest also "reported": the Chart
    // tab's panel of the results reported on the scale `scale`, nothing converted.
    QString metric = QStringLiteral("mw");
    QString scale; // forest, metric "reported": the panel's metric key ("rr", "mw", "md", ...)
    bool benchmarks = true;                // forest: the benchmark bands
    QString pool = QStringLiteral("none"); // forest: "none", "FE", "DL", "REML", "PM"
    bool reveal = true;                    // forest: studies one by one, then pooled, then PI
    QString outcome;                       // timecourse: only this outcome's slug (empty: all)
    LabSlide lab;
    bool operator==(const Slide &) const = default;
};

struct Deck
{
    QString title;
    double fontScale = 2.0; // charts' font scale when presented and exported
    QList<Slide> slides;
    bool operator==(const Deck &) const = default;
};

inline constexpr int kDeckFormatVersion = 1;

QByteArray deckToJson(const Deck &deck);
// Strict: a truncated file, an unknown kind, a missing slug or a number out of range is an
// error naming the field ("slides[2].record.slug: ..."); nothing is guessed.
std::optional<Deck> deckFromJson(const QByteArray &json, QString *error);

// Reads a deck file (at most 16 MB, output/boundedread.h: a pipe or /dev/zero never hangs or
// fills memory); *error names the file and the field.
std::optional<Deck> loadDeck(const QString &path, QString *error);
// Writes through eb::output::writeFile: a failure leaves any earlier file as it was.
bool saveDeck(const Deck &deck, const QString &path, QString *error);

} // namespace eb::lecture

Q_DECLARE_METATYPE(eb::lecture::Slide)
