#include "catalogue/naturalcollation.h"

#include <QString>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

// The natural comparison over any run of characters: `Char` is a byte of ASCII text (the
// fast path SQLite's text mostly is) or a QChar.
template <typename Char, typename Fold, typename IsDigit>
int compareRuns(const Char *a, qsizetype na, const Char *b, qsizetype nb, Fold fold,
                IsDigit isDigit)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < na && j < nb) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare the numbers: skip leading zeros, a longer run is larger, else digit by
            // digit.
            while (i < na && a[i] == Char('0')) {
                ++i;
            }
            while (j < nb && b[j] == Char('0')) {
                ++j;
            }
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < na && isDigit(a[ei])) {
                ++ei;
            }
            while (ej < nb && isDigit(b[ej])) {
                ++ej;
            }
            if (ei - i != ej - j) {
                return ei - i < ej - j ? -1 : 1;
            }
            for (; i < ei; ++i, ++j) {
                if (a[i] != b[j]) {
                    return a[i] < b[j] ? -1 : 1;
                }
            }
            continue;
        }
        const auto ca = fold(a[i]);
        const auto cb = fold(b[j]);
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < na || j < nb) {
        return i < na ? 1 : -1; // a prefix first
    }
    return 0;
}

// What the comparison and the key read of a UTF-16 unit: the one definition of both.
char16_t foldedUnit(QChar c)
{
    return c.toCaseFolded().unicode();
}

bool isDigitUnit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int naturalOrFallback(QStringView a, QStringView b)
{
    const int natural =
        compareRuns(a.data(), a.size(), b.data(), b.size(), foldedUnit, isDigitUnit);
    return natural != 0 ? natural : a.compare(b);
}

int collate(void * /*unused*/, int na, const void *a, int nb, const void *b)
{
    const auto *ca = static_cast<const unsigned char *>(a);
    const auto *cb = static_cast<const unsigned char *>(b);
    bool ascii = true;
    for (int i = 0; ascii && i < na; ++i) {
        ascii = ca[i] < 0x80;
    }
    for (int i = 0; ascii && i < nb; ++i) {
        ascii = cb[i] < 0x80;
    }
    if (!ascii) {
        return naturalOrFallback(QString::fromUtf8(static_cast<const char *>(a), na),
                                 QString::fromUtf8(static_cast<const char *>(b), nb));
    }
    const int natural = compareRuns(
        ca, na, cb, nb,
        [](unsigned char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
        },
        [](unsigned char c) { return c >= '0' && c <= '9'; });
    if (natural != 0) {
        return natural;
    }
    const int common = std::min(na, nb);
    const int bytes = std::memcmp(ca, cb, static_cast<size_t>(common));
    return bytes != 0 ? bytes : na - nb;
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    const QByteArray ua = a.toUtf8();
    const QByteArray ub = b.toUtf8();
    return collate(nullptr, static_cast<int>(ua.size()), ua.constData(),
                   static_cast<int>(ub.size()), ub.constData());
}

namespace {

QByteArray keyOf(QStringView text)
{
    constexpr char kDigitRun = 0x31; // '0' + 1: after the units below '0', before those above '9'
    QByteArray key;
    key.reserve(text.size() * 3 + 1);
    const auto put16 = [&key](char16_t v) {
        key.append(static_cast<char>(v >> 8)).append(static_cast<char>(v & 0xff));
    };
    for (qsizetype i = 0; i < text.size();) {
        if (!isDigitUnit(text[i])) {
            const char16_t v = foldedUnit(text[i]);
            if (v < 0x7f) {
                key.append(static_cast<char>(v + 1));
            } else {
                key.append(static_cast<char>(0x80));
                put16(v);
            }
            ++i;
            continue;
        }
        while (i < text.size() && text[i] == u'0') {
            ++i;
        }
        qsizetype end = i;
        while (end < text.size() && isDigitUnit(text[end])) {
            ++end;
        }
        const qsizetype length = end - i;
        key.append(kDigitRun);
        if (length < 0xff) {
            key.append(static_cast<char>(length));
        } else {
            const auto n = static_cast<quint32>(length);
            key.append(static_cast<char>(0xff));
            for (int shift = 24; shift >= 0; shift -= 8) {
                key.append(static_cast<char>((n >> shift) & 0xff));
            }
        }
        for (; i < end; ++i) {
            key.append(static_cast<char>(text[i].unicode()));
        }
    }
    key.append('\0');
    for (const QChar c : text) {
        put16(c.unicode());
    }
    return key;
}

} // namespace

QByteArray naturalSortKey(QStringView text)
{
    // The key of the text as SQLite holds it and the collation sees it, UTF-8: a lone
    // surrogate (no character) is what toUtf8() makes of it.
    for (const QChar c : text) {
        if (c.isSurrogate()) {
            return keyOf(QString::fromUtf8(text.toUtf8()));
        }
    }
    return keyOf(text);
}

namespace {

void naturalKeyFunction(sqlite3_context *context, int /*argc*/, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray key = naturalSortKey(QString::fromUtf8(text, sqlite3_value_bytes(argv[0])));
    sqlite3_result_blob(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerNaturalCollation(sqlite3 *handle)
{
    return sqlite3_create_collation_v2(handle, kNaturalCollation, SQLITE_UTF8, nullptr, collate,
                                       nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(handle, kNaturalKeyFunction, 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, naturalKeyFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK;
}

} // namespace eb::catalogue
